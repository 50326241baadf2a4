package fr.vodcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.testing.TestStores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code snapshots}, {@code diff}, and the history options of {@code import catalogue}, on a store of their own. */
class HistoryCommandsTest {
    @TempDir
    Path dir;

    private CliTest.Run run(Path db, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 4];
        all[0] = "--db";
        all[1] = db.toString();
        all[2] = "--lang";
        all[3] = "en";
        System.arraycopy(args, 0, all, 4, args.length);
        int status = new Cli(db, new PrintWriter(out), new PrintWriter(err)).run(all);
        return new CliTest.Run(status, out.toString(), err.toString());
    }

    private Path bundled() throws Exception {
        Path db = dir.resolve("b.db");
        TestStores.bundledCopy(Files.createDirectories(dir.resolve("t"))).close();
        Files.copy(dir.resolve("t").resolve("vodcompare.db"), db);
        return db;
    }

    @Test
    void snapshotsListsEverySnapshotWithItsCountAndSource() throws Exception {
        CliTest.Run r = run(bundled(), "snapshots", "--json");
        assertThat(r.status()).isZero();
        JsonNode s = JsonMapper.builder().build().readTree(r.out()).get("snapshots");
        assertThat(s).hasSize(3);
        assertThat(s.get(0).get("platform").asString()).isEqualTo("netflix");
        assertThat(s.get(0).get("as_of").asString()).isEqualTo("2021-09-25");
        assertThat(s.get(0).get("titles").asInt()).isEqualTo(8807);
        assertThat(s.get(1).get("as_of").asString()).isEqualTo("2019-11-30");
        assertThat(s.get(1).get("titles").asInt()).isEqualTo(5837);
        assertThat(s.get(1).get("bundled").asBoolean()).isTrue();
        assertThat(s.get(2).get("territory").asString()).isEqualTo("unstated");
    }

    @Test
    void diffOfTheBundledNetflixSnapshots() throws Exception {
        Path db = bundled();
        CliTest.Run r = run(db, "diff", "--platform", "netflix", "--from", "2019-11-30", "--to", "2021-09-25", "--json");
        assertThat(r.status()).isZero();
        JsonNode d = JsonMapper.builder().build().readTree(r.out());
        assertThat(d.get("counts").get("added").asInt()).isEqualTo(3063).isEqualTo(d.get("added").size());
        assertThat(d.get("counts").get("removed").asInt()).isEqualTo(94).isEqualTo(d.get("removed").size());
        assertThat(d.get("counts").get("ambiguous").asInt()).isEqualTo(18);
        assertThat(d.get("matched_by").get("title_year").asInt()).isEqualTo(5490);
        assertThat(d.get("matched_by").get("id").asInt()).isZero();
        JsonNode first = d.get("changed").get(0);
        assertThat(first.has("title") && first.has("fields")).isTrue();
        assertThat(d.get("ambiguous").get(0).get("candidates").size()).isPositive();
        CliTest.Run text = run(db, "diff", "--platform", "netflix", "--from", "2019-11-30", "--to", "2021-09-25");
        assertThat(text.out()).contains("3,063 added, 94 no longer listed").contains("No longer listed (94)");
    }

    @Test
    void anUnknownDateIsBadUsageAndListsTheSnapshotDates() throws Exception {
        CliTest.Run r = run(bundled(), "diff", "--platform", "netflix", "--from", "2020-01-01", "--to", "2021-09-25");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("netflix has no snapshot dated 2020-01-01; its snapshot dates: 2019-11-30, 2021-09-25");
    }

    @ParameterizedTest(name = "--as-of {0}: exit {1}")
    @CsvSource(textBlock = """
            2021-02-30,    2
            +99999-12-31,  2
            2999-01-01,    2
            21/09/2021,    2
            2021-09-25,    0
            """)
    void asOfMustBeARealDateNotInTheFuture(String asOf, int status) throws Exception {
        Path f = TestStores.write(dir, "a.csv", "show_id,type,title\na1,Movie,One\n");
        CliTest.Run r = run(dir.resolve("own.db"), "import", "catalogue", f.toString(), "--platform", "acme", "--as-of", asOf);
        assertThat(r.status()).as(r.err()).isEqualTo(status);
        if (status == 2) {
            assertThat(r.err()).startsWith("--as-of: ");
        }
    }

    @Test
    void aHeaderOnlyFileIsRefusedWithExit3AndWritesNothing() throws Exception {
        Path f = TestStores.write(dir, "h.csv", "show_id,type,title\n");
        Path db = dir.resolve("own.db");
        CliTest.Run r = run(db, "import", "catalogue", f.toString(), "--platform", "acme");
        assertThat(r.status()).isEqualTo(3);
        assertThat(r.err()).contains(f + ":1: no data rows");
    }

    @Test
    void theTerritoryOfAnImportIsSaidAndAmbiguousDatesWarnOnce() throws Exception {
        Path f = TestStores.write(dir, "d.csv", "show_id,type,title,date_added\na1,Movie,One,01/07/2021\na2,Movie,Two,02/07/2021\n");
        CliTest.Run r = run(dir.resolve("own.db"), "import", "catalogue", f.toString(), "--platform", "acme");
        assertThat(r.status()).isZero();
        // a new platform has no newest snapshot whose territory it could take: none named is simply not stated
        assertThat(r.out()).contains("Territory: not stated (likely US)").doesNotContain("newest snapshot's")
                .contains("Snapshot: acme as of 2021-07-02");
        assertThat(r.err()).contains(f + ":2: warning: 01/07/2021 read as 1 July 2021; use --date-format MM/DD/YYYY for 7 January")
                .doesNotContain(":3: warning");
        // its next catalogue, with no territory named, takes the newest snapshot's and says so
        CliTest.Run next = run(dir.resolve("own.db"), "import", "catalogue", f.toString(), "--platform", "acme", "--as-of", "2021-08-01");
        assertThat(next.out()).contains("Territory: not stated (likely US) (the platform's newest snapshot's; use --territory to choose)");
        CliTest.Run us = run(dir.resolve("us.db"), "import", "catalogue", f.toString(), "--platform", "acme",
                "--date-format", "MM/DD/YYYY", "--territory", "us");
        assertThat(us.out()).contains("Snapshot: acme as of 2021-02-07").contains("Territory: US");
    }

    @Test
    void statsTakesATerritory() throws Exception {
        Path db = dir.resolve("own.db");
        run(db, "import", "catalogue", TestStores.write(dir, "fr.csv", "show_id,type,title\nf1,Movie,Un\n").toString(),
                "--platform", "netflix", "--as-of", "2020-01-01", "--territory", "FR");
        JsonNode fr = JsonMapper.builder().build().readTree(run(db, "stats", "--json", "--territory", "fr").out()).get("platforms");
        assertThat(fr.get(0).get("territory").asString()).isEqualTo("FR");
        assertThat(fr.get(0).get("titles").asInt()).isEqualTo(1);
        JsonNode all = JsonMapper.builder().build().readTree(run(db, "stats", "--json").out()).get("platforms");
        assertThat(all.get(0).get("titles").asInt()).isEqualTo(8807);
        assertThat(run(db, "stats", "--territory", "France").status()).isEqualTo(2);
        assertThat(LocalDate.parse(all.get(0).get("as_of").asString())).isEqualTo(LocalDate.of(2021, 9, 25));
    }
}
