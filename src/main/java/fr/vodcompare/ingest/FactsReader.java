package fr.vodcompare.ingest;

import fr.vodcompare.model.Sentence;
import fr.vodcompare.model.Fact;
import fr.vodcompare.model.FactStatus;
import fr.vodcompare.model.Qualifier;
import fr.vodcompare.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads sourced figures: {@code metric,platform,period,value,unit,source,source_url,note} and, optional, what each
 * figure means: {@code status} (official, estimate, approximate), {@code qualifier} (empty, ≈, ≤, ≥), {@code scope}
 * (FR, world, EU…) and {@code publisher}. A file without them (the layout before) imports as it always did: status
 * and scope not stated, no qualifier. A value is a number ("37", "15.20", "15,20"), a low–high range ("7-8",
 * "250–300") or, for dates, text. A figure without a source is an error: the app shows no number it cannot trace.
 */
public final class FactsReader {
    public static final List<String> LAYOUT = List.of("metric", "platform", "period", "value", "unit", "source",
            "source_url", "note", "status", "qualifier", "scope", "publisher");
    private static final List<String> REQUIRED = List.of("metric", "platform", "period", "value", "unit", "source");
    /** Columns every row must fill; an undated figure (empty period) is kept with a warning. */
    private static final List<String> FILLED = List.of("metric", "platform", "value", "unit", "source");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:[.,]\\d+)?");
    /** Words of a unit or metric for a change, which may be negative: growth, "pts", year on year. */
    private static final Pattern CHANGE = Pattern.compile("growth|change|evolution|yoy|year on year|\\bpts?\\b|points?\\b");
    private static final Pattern RANGE = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*[-–]\\s*(\\d+(?:[.,]\\d+)?)");

    /** The figures read (platform ids not yet resolved: {@link Fact#platformId()} is null) and warnings. */
    public record Result(List<Fact> facts, List<ImportWarning> warnings) {
    }

    private FactsReader() {
    }

    /** Reads every row; a figure with an impossible value is an error. */
    public static Result read(CsvTable table) throws ImportException {
        return read(table, false);
    }

    /**
     * Reads every row. A figure with an impossible value (a share below 0 or over 100 %, a negative count, amount or
     * duration) is an error naming its line; with {@code force}, it is kept with a warning and flagged in its note
     * ({@link Fact#FLAGGED}), so that every screen showing it shows the flag.
     */
    public static Result read(CsvTable table, boolean force) throws ImportException {
        table.require(REQUIRED, String.join(",", LAYOUT));
        List<Fact> facts = new ArrayList<>();
        List<ImportWarning> warnings = new ArrayList<>(table.warnings());
        for (CsvTable.Row row : table.rows()) {
            for (String column : FILLED) {
                if (table.get(row, column).isEmpty()) {
                    throw ImportException.of(table.file(), row.line(), "facts.empty", column);
                }
            }
            if (table.get(row, "period").isEmpty()) {
                warnings.add(ImportWarning.of(row.line(), "facts.period.none"));
            }
            String value = table.value(row, "value");
            Double low = null;
            Double high = null;
            Matcher range = RANGE.matcher(value);
            if (value.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
                low = null; // a date (launch, shutdown): kept as text
            } else if (NUMBER.matcher(value).matches()) {
                low = number(value);
                high = low;
            } else if (range.matches()) {
                low = number(range.group(1));
                high = number(range.group(2));
                if (high < low) {
                    throw ImportException.of(table.file(), row.line(), "facts.range.down", value);
                }
            } else {
                warnings.add(ImportWarning.of(row.line(), "facts.value.text", value));
            }
            String note = table.value(row, "note");
            Sentence impossible = impossible(table.value(row, "metric"), table.value(row, "unit"), low, high);
            if (impossible != null && !force) {
                throw ImportException.of(table.file(), row.line(), "facts.impossible", value, impossible);
            }
            if (impossible != null) {
                warnings.add(ImportWarning.of(row.line(), "facts.impossible.kept", value, impossible));
                // the note is the figure's data, read by anyone whatever their language: in English, as the sources' notes
                note = Fact.FLAGGED + "impossible value (" + impossible.english() + "), imported with --force."
                        + (note == null ? "" : " " + note);
            }
            facts.add(new Fact(0, table.value(row, "metric"), null, table.value(row, "platform"), table.get(row, "period").orElse(""),
                    low, high, value, table.value(row, "unit"),
                    new Source(table.value(row, "source"), table.value(row, "source_url")), note, status(table, row),
                    qualifier(table, row), table.value(row, "scope"), table.value(row, "publisher")));
        }
        return new Result(facts, warnings);
    }

    /** The status column: official, estimate, approximate, or not stated (empty, or no such column). */
    private static FactStatus status(CsvTable table, CsvTable.Row row) throws ImportException {
        FactStatus status = FactStatus.parse(table.value(row, "status"));
        if (status == null) {
            throw ImportException.of(table.file(), row.line(), "facts.status", table.value(row, "status"));
        }
        return status;
    }

    /** The qualifier column: none (empty, or no such column), ≈, ≤ or ≥. */
    private static Qualifier qualifier(CsvTable table, CsvTable.Row row) throws ImportException {
        Qualifier qualifier = Qualifier.parse(table.value(row, "qualifier"));
        if (qualifier == null) {
            throw ImportException.of(table.file(), row.line(), "facts.qualifier", table.value(row, "qualifier"));
        }
        return qualifier;
    }

    /** Why a value cannot be true, or null: a share outside 0–100, or a negative figure that is not a change. */
    static Sentence impossible(String metric, String unit, Double low, Double high) {
        if (low == null) {
            return null;
        }
        double hi = high == null ? low : high;
        String u = unit.strip().toLowerCase(Locale.ROOT);
        if (u.startsWith("% of") && (low < 0 || hi > 100)) {
            return ImportSentence.of("impossible.share", unit.strip());
        }
        boolean change = u.equals("%") || CHANGE.matcher(u).find() || CHANGE.matcher(metric.toLowerCase(Locale.ROOT)).find();
        if (low < 0 && !change) {
            return ImportSentence.of("impossible.negative", unit.strip());
        }
        return null;
    }

    private static double number(String s) {
        return Double.parseDouble(s.replace(',', '.'));
    }
}
