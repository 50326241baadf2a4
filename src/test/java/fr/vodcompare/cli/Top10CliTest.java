package fr.vodcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.fixture.Top10Fixture;
import fr.vodcompare.testing.TestStores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code import top10} and {@code top10} on a store of the bundled data. Its Netflix catalogue has three of the
 * fixture's titles: "Lupin" (series, France first), "Crime Time" (series, France) and "Eerie" (film, Philippines).
 */
class Top10CliTest {
    @TempDir
    Path dir;
    Path db;

    record Run(int status, String out, String err) {
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new Cli(db, new PrintWriter(out), new PrintWriter(err)).run(args);
        return new Run(status, out.toString(), err.toString());
    }

    @BeforeEach
    void store() throws Exception {
        TestStores.bundledCopy(dir).close();
        db = dir.resolve("vodcompare.db");
    }

    @Test
    void importTop10SaysWhatItKeptSkippedAddedAndLinkedThenAddsNothingTheSecondTime() throws Exception {
        Path file = Top10Fixture.write(dir, "all-weeks-countries.tsv", Top10Fixture.countries());
        Run r = run("--lang", "en", "import", "top10", file.toString(), "--country", "FR");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains(file + ": countries file (10 films and 10 series a week in each country), 15 rows read")
                .contains("12 rows of FR kept; 3 rows of 2 other countries skipped")
                .contains("2 are France's overseas departments and territories, which Netflix lists as countries of their own: "
                        + "Guadeloupe (GP) 2")
                .contains("3 weekly lists added (12 lines, 7 works new to the store); 0 weekly lists already stored");
        // Lupin (4 lines), Crime Time and Eerie (1 each)
        assertThat(r.out()).contains("6 of the 12 lines added are linked to a title of the Netflix catalogue");
        Run again = run("--lang", "en", "import", "top10", file.toString(), "--country", "FR");
        assertThat(again.status()).isZero();
        assertThat(again.out()).contains("0 weekly lists added (0 lines, 0 works new to the store); 3 weekly lists already stored");
    }

    @Test
    void aRankGivenTwiceIsWarnedInTheLanguageAsked() throws Exception {
        Path file = Top10Fixture.write(dir, "twice.tsv", Top10Fixture.COUNTRIES_HEADER + "\nFrance\tFR\t2024-01-07\tFilms\t1\tA\tN/A\t1"
                + "\nFrance\tFR\t2024-01-07\tFilms\t1\tB\tN/A\t1\n");
        Run fr = run("--lang", "fr", "import", "top10", file.toString(), "--country", "FR");
        assertThat(fr.status()).as(fr.err()).isZero();
        assertThat(fr.err().lines()).contains(file + ":3: avertissement : le rang 1 de Films (FR) pour la semaine du 2024-01-07 "
                + "figure deux fois ; la première ligne est gardée, celle de « B » est laissée de côté");
        Run en = run("--lang", "en", "import", "top10", file.toString(), "--country", "FR");
        assertThat(en.err().lines()).contains(file + ":3: warning: rank 1 of Films in FR for the week 2024-01-07 is given twice; "
                + "the first row kept, 'B' left out");
    }

    @Test
    void top10JsonHasTheCountsAndTheWeeklyListsOfThePeriod() throws Exception {
        run("import", "top10", Top10Fixture.write(dir, "c.tsv", Top10Fixture.countries()).toString());
        Run r = run("top10", "--country", "fr", "--from", "2021-07-11", "--json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.get("country").asString()).isEqualTo("FR");
        assertThat(json.get("weeks").asInt()).isEqualTo(2);
        assertThat(json.get("entries").asInt()).isEqualTo(7);
        // Amélie again, Eerie, Lupin, Deutschland Docs, Big Comedy
        assertThat(json.get("works").asInt()).isEqualTo(5);
        JsonNode first = json.get("list").get(0);
        assertThat(first.get("week").asString()).isEqualTo("2021-07-11");
        assertThat(first.get("category").asString()).isEqualTo("Films");
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("title").asString()).isEqualTo("Amélie Again");
        assertThat(first.get("season").isNull()).isTrue();
        assertThat(first.get("weeks_in_top10").asInt()).isEqualTo(2);
        assertThat(json.get("list").get(2).get("season").asString()).isEqualTo("Lupin: Part 2");
        Run world = run("top10", "--country", "world", "--json");
        assertThat(JsonMapper.builder().build().readTree(world.out()).get("entries").asInt()).isZero();
        assertThat(world.err()).contains("No Top 10 list of world is stored");
    }

    @Test
    void top10TextSaysHowFrenchTheListsWereAndHowItWasCounted() throws Exception {
        run("import", "top10", Top10Fixture.write(dir, "c.tsv", Top10Fixture.countries()).toString(), "--country", "FR");
        Run r = run("--lang", "en", "top10");
        assertThat(r.status()).isZero();
        // French series lines: Lupin (4) and Crime Time (1); films: Eerie is linked but not French, the others not linked
        assertThat(r.out()).contains("3 weeks, 12 lines, 7 distinct works; 6 lines (50%) linked")
                .contains("films 0 of 6 lines (0%), series 5 of 6 lines (83%); country unknown for 5 film and 1 series lines")
                .contains("  3 weeks      Lupin (series)").contains("Week of 2021-07-04").contains("  2  Lupin  \u2014 Lupin: Part 2");
        assertThat(run("--lang", "fr", "top10").out()).contains("Semaine du 2021-07-04").contains("Lupin (série)");
    }

    @Test
    void aBrokenTop10FileExitsThreeWithFileAndLineAndWritesNothing() throws Exception {
        Path broken = Top10Fixture.write(dir, "b.tsv", Top10Fixture.countries() + "France\tFR\t2021-13-01\tFilms\t1\tX\tN/A\t1\n");
        Run r = run("import", "top10", broken.toString());
        assertThat(r.status()).isEqualTo(3);
        assertThat(r.err()).contains("\n" + broken + ":17: week '2021-13-01' is not a date");
        assertThat(run("top10", "--json").out()).contains("\"entries\" : 0");
        assertThat(run("import", "top10", broken.toString(), "--country", "France").status()).isEqualTo(2);
        assertThat(run("top10", "--from", "July").status()).isEqualTo(2);
    }

    @Test
    void chartsListsTheTop10ChartsOnceTheirDataIsImported() throws Exception {
        assertThat(run("charts").out()).doesNotContain("top10-");
        run("import", "top10", Top10Fixture.write(dir, "c.tsv", Top10Fixture.countries()).toString());
        assertThat(run("charts").out()).contains("top10-french-share\t").contains("top10-longest\t")
                .doesNotContain("top10-france-vs-world");
        run("import", "top10", Top10Fixture.write(dir, "g.tsv", Top10Fixture.global()).toString());
        assertThat(run("--lang", "fr", "charts").out()).contains("top10-france-vs-world\tLa France face au monde");
    }
}
