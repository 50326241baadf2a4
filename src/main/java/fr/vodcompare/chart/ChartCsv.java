package fr.vodcompare.chart;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The numbers behind a chart as CSV (RFC 4180, UTF-8): one row per point, numbers with a dot and no
 * grouping whatever the language, texts in the chart's language, each sourced figure with its citation.
 * Any thread.
 */
public final class ChartCsv {
    static final List<String> HEADER = List.of("chart", "series_key", "series", "category", "x", "value", "low", "high",
            "unit", "qualifier", "titles", "of_titles", "label", "source");

    private ChartCsv() {
    }

    public static String toCsv(ChartSpec spec) {
        StringBuilder out = new StringBuilder();
        row(out, HEADER);
        for (ChartSeries s : spec.series()) {
            for (ChartPoint p : s.points()) {
                row(out, List.of(spec.id(), s.key(), s.name(), p.category(), Double.isNaN(p.x()) ? "" : number(p.x()),
                        p.isMissing() || p.isRange() ? "" : number(p.low()), p.isMissing() ? "" : number(p.low()),
                        p.isMissing() ? "" : number(p.high()), spec.unit().name().toLowerCase(Locale.ROOT),
                        p.isMissing() ? "" : p.qualifier().name().toLowerCase(Locale.ROOT),
                        p.count() == null ? "" : p.count().toString(), p.base() == null ? "" : p.base().toString(),
                        p.label() == null ? "" : p.label(), p.source() == null ? "" : p.source()));
            }
        }
        return out.toString();
    }

    /** Writes the CSV whole or not at all (temporary file, then move). Background thread. */
    public static void write(ChartSpec spec, Path target) throws IOException {
        String csv = toCsv(spec);
        AtomicFiles.write(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(csv);
            w.flush();
        });
    }

    /** 2905 as "2905", 63.8 as "63.8", a share to 4 decimals at most. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new java.math.BigDecimal(v).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                out.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                out.append(c);
            }
        }
        out.append("\r\n");
    }
}
