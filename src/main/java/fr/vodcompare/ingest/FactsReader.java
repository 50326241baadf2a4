package fr.vodcompare.ingest;

import fr.vodcompare.model.Fact;
import fr.vodcompare.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads sourced figures: {@code metric,platform,period,value,unit,source,source_url,note}.
 * A value is a number ("37", "15.20", "15,20"), a low–high range ("7-8", "250–300") or, for dates,
 * text. A figure without a source is an error: the app shows no number it cannot trace.
 */
public final class FactsReader {
    public static final List<String> LAYOUT = List.of("metric", "platform", "period", "value", "unit", "source",
            "source_url", "note");
    private static final List<String> REQUIRED = List.of("metric", "platform", "period", "value", "unit", "source");
    /** Columns every row must fill; an undated figure (empty period) is kept with a warning. */
    private static final List<String> FILLED = List.of("metric", "platform", "value", "unit", "source");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:[.,]\\d+)?");
    private static final Pattern RANGE = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*[-–]\\s*(\\d+(?:[.,]\\d+)?)");

    /** The figures read (platform ids not yet resolved: {@link Fact#platformId()} is null) and warnings. */
    public record Result(List<Fact> facts, List<ImportWarning> warnings) {
    }

    private FactsReader() {
    }

    public static Result read(CsvTable table) throws ImportException {
        table.require(REQUIRED, String.join(",", LAYOUT));
        List<Fact> facts = new ArrayList<>();
        List<ImportWarning> warnings = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            for (String column : FILLED) {
                if (table.get(row, column).isEmpty()) {
                    throw new ImportException(table.file(), row.line(), "empty " + column
                            + "; expected every figure to have a metric, platform, value, unit and source");
                }
            }
            if (table.get(row, "period").isEmpty()) {
                warnings.add(new ImportWarning(row.line(), "no period; the figure is kept as undated"));
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
                    throw new ImportException(table.file(), row.line(), "range '" + value
                            + "' goes down; expected low-high such as 7-8");
                }
            } else {
                warnings.add(new ImportWarning(row.line(), "value '" + value + "' is neither a number, a range nor a date; kept as text"));
            }
            facts.add(new Fact(0, table.value(row, "metric"), null, table.value(row, "platform"), table.get(row, "period").orElse(""),
                    low, high, value, table.value(row, "unit"),
                    new Source(table.value(row, "source"), table.value(row, "source_url")), table.value(row, "note")));
        }
        return new Result(facts, warnings);
    }

    private static double number(String s) {
        return Double.parseDouble(s.replace(',', '.'));
    }
}
