package fr.vodcompare.chart;

import fr.vodcompare.files.AtomicFiles;
import fr.vodcompare.files.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The numbers behind a chart as CSV (UTF-8, through the app's one {@link CsvWriter}): one row per point, numbers
 * with a dot and no grouping whatever the language, texts in the chart's language, each sourced figure with its
 * citation.
 * Any thread.
 */
public final class ChartCsv {
    static final List<String> HEADER = List.of("chart", "series_key", "series", "category", "x", "value", "low", "high",
            "unit", "qualifier", "titles", "of_titles", "label", "source");

    private ChartCsv() {
    }

    public static String toCsv(ChartSpec spec) {
        StringWriter text = new StringWriter();
        try {
            write(spec, new CsvWriter(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    private static void write(ChartSpec spec, CsvWriter out) throws IOException {
        out.row(HEADER);
        for (ChartSeries s : spec.series()) {
            for (ChartPoint p : s.points()) {
                out.row(spec.id(), s.key(), s.name(), p.category(), Double.isNaN(p.x()) ? null : number(p.x()),
                        p.isMissing() || p.isRange() ? null : number(p.low()), p.isMissing() ? null : number(p.low()),
                        p.isMissing() ? null : number(p.high()), spec.unit().name().toLowerCase(Locale.ROOT),
                        p.isMissing() ? null : p.qualifier().name().toLowerCase(Locale.ROOT), p.count(), p.base(),
                        p.label(), p.source());
            }
        }
    }

    /** Writes the CSV whole or not at all (temporary file, then move). Background thread. */
    public static void write(ChartSpec spec, Path target) throws IOException {
        try {
            AtomicFiles.writeText(target, false, out -> {
                write(spec, new CsvWriter(out));
                return null;
            });
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** 2905 as "2905", 63.8 as "63.8", a share to 4 decimals at most. */
    static BigDecimal number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return BigDecimal.valueOf((long) v);
        }
        return new BigDecimal(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
