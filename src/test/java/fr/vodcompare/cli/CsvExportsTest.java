package fr.vodcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.testing.SpreadsheetSafety;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's CSV exports, with a platform and a source named like spreadsheet formulas. */
class CsvExportsTest {
    @TempDir
    static Path dir;
    static Path db;

    static int run(String... args) {
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(Stream.of("--db", db.toString(), "--lang", "en"), Stream.of(args)).toArray(String[]::new);
        int status = new Cli(db, new PrintWriter(new StringWriter()), new PrintWriter(err)).run(all);
        assertThat(status).as(err.toString()).isZero();
        return status;
    }

    @BeforeAll
    static void importFormulaNames() throws Exception {
        db = dir.resolve("store.db");
        Path catalogue = dir.resolve("evil.csv");
        Files.writeString(catalogue, "show_id,type,title,country,release_year\ns1,Movie,@SUM(1+1),France,2020\n"
                + "s2,TV Show,-2+3,France,2021\n", StandardCharsets.UTF_8);
        run("import", "catalogue", catalogue.toString(), "--platform", "evil", "--name", SpreadsheetSafety.FORMULA);
        Path facts = dir.resolve("facts.csv");
        Files.writeString(facts, "metric,platform,period,value,unit,source,source_url,note\n"
                + "platform_reach_among_vod_consumers,evil,2020-01,12,% of VOD consumers,\"" + SpreadsheetSafety.FORMULA.replace("\"", "\"\"")
                + "\",https://www.cnc.fr,\n", StandardCharsets.UTF_8);
        run("import", "facts", facts.toString());
    }

    @Test
    void exportChartCsvWritesFormulaNamesAsText() throws Exception {
        Path size = dir.resolve("size.csv");
        run("export-chart", "catalogue-size", "--platform", "evil", "--csv", size.toString());
        SpreadsheetSafety.assertInert(size);
        Path reach = dir.resolve("reach.csv");
        run("export-chart", "audience-reach", "--platform", "evil", "--csv", reach.toString());
        SpreadsheetSafety.assertInert(reach);
        assertThat(Files.readString(reach)).contains(",12,12,12,");
    }

    @Test
    void exportAllCsvWritesFormulaNamesAsText() throws Exception {
        Path charts = Files.createDirectories(dir.resolve("charts"));
        run("export-all", "--dir", charts.toString(), "--csv", "--width", "400", "--height", "300", "--platform", "netflix,evil");
        int checked = 0;
        try (Stream<Path> files = Files.list(charts)) {
            for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                if (Files.readString(csv).contains("HYPERLINK")) {
                    // every cell inert; most charts hold the name alone in a cell, some only inside a label ("Netflix / NAME")
                    if (SpreadsheetSafety.assertNoFormula(csv)) {
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).as("charts that show the platform").isGreaterThanOrEqualTo(2);
    }
}
