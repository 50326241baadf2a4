package fr.vodcompare.chart;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.model.Qualifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartCsvTest {
    static ChartSpec spec() {
        ChartPoint range = new ChartPoint("2018", Double.NaN, 7, 8, Qualifier.EXACT, "$7–8bn", null, null,
                "IHS Markit; reported by CB News", null, null);
        ChartPoint share = ChartPoint.share("Films", 69.61508, 6131, 8807, "70% (6,131)");
        ChartPoint missing = ChartPoint.missing("2017", "no figure");
        return new ChartSpec("x", ChartType.COLUMNS, Locale.ENGLISH, "T", "S", "", "V", ValueUnit.PERCENT,
                List.of("2018", "Films", "2017"), List.of(new ChartSeries("netflix", "Netflix", "#E50914",
                List.of(range, share, missing))), null, List.of(), "Source: X", "Data: 2018");
    }

    @Test
    void writesOneRowPerPointWithPlainNumbersAndQuotedTexts() {
        String[] lines = ChartCsv.toCsv(spec()).split("\r\n");
        assertThat(lines[0]).isEqualTo(String.join(",", ChartCsv.HEADER));
        assertThat(lines[1]).isEqualTo("x,netflix,Netflix,2018,,,7,8,percent,exact,,,$7–8bn,\"IHS Markit; reported by CB News\"");
        assertThat(lines[2]).isEqualTo("x,netflix,Netflix,Films,,69.6151,69.6151,69.6151,percent,exact,6131,8807,\"70% (6,131)\",");
        assertThat(lines[3]).isEqualTo("x,netflix,Netflix,2017,,,,,percent,,,,no figure,");
    }

    @Test
    void aPlatformOrSourceNamedLikeAFormulaIsWrittenAsTextAndNegativeNumbersStayNumbers() {
        ChartPoint p = new ChartPoint("2018", Double.NaN, -2, -2, Qualifier.EXACT, "-2", null, null,
                "=HYPERLINK(\"http://evil\",\"CNC\")", null, null);
        ChartSpec spec = new ChartSpec("x", ChartType.COLUMNS, Locale.ENGLISH, "T", "S", "", "V", ValueUnit.PERCENT,
                List.of("2018"), List.of(new ChartSeries("evil", "@SUM(1+1)*cmd", "#E50914", List.of(p))), null, List.of(),
                "Source: X", "Data: 2018");
        String[] lines = ChartCsv.toCsv(spec).split("\r\n");
        assertThat(lines[1]).isEqualTo("x,evil,'@SUM(1+1)*cmd,2018,,-2,-2,-2,percent,exact,,,-2,\"'=HYPERLINK(\"\"http://evil\"\",\"\"CNC\"\")\"");
    }

    @Test
    void writesTheFileWholeWithNoTemporaryFileLeft(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("x.csv");
        ChartCsv.write(spec(), out);
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("chart,series_key");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }
}
