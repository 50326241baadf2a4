package fr.vodcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.testing.TestStores;
import fr.vodcompare.store.Store;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CliTest {
    @TempDir
    static Path shared;
    static Path db;

    /** What one run printed and returned. */
    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new Cli(db, new PrintWriter(out), new PrintWriter(err)).run(args);
        return new Run(status, out.toString(), err.toString());
    }

    @BeforeAll
    static void buildStoreOnce() {
        db = shared.resolve("cli.db");
        assertThat(run("stats").status()).isZero();
    }

    @Test
    void statsJsonReportsBothCataloguesAndTheCncFiguresWithTheirSource() {
        Run r = run("--db", db.toString(), "stats", "--json");
        assertThat(r.status()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        JsonNode platforms = json.get("platforms");
        assertThat(platforms.get(0).get("id").asString()).isEqualTo("netflix");
        assertThat(platforms.get(0).get("titles").isIntegralNumber()).isTrue();
        assertThat(platforms.get(0).get("titles").asInt()).isEqualTo(8807);
        assertThat(platforms.get(1).get("id").asString()).isEqualTo("prime_video");
        assertThat(platforms.get(1).get("titles").asInt()).isEqualTo(9668);
        assertThat(platforms.get(1).get("films").asInt() + platforms.get(1).get("series").asInt()).isEqualTo(9668);
        JsonNode sizes = json.get("facts").get("catalogue_size_titles");
        assertThat(find(sizes, "netflix", "2017-09").get("value").asInt()).isEqualTo(2905);
        assertThat(find(sizes, "prime_video", "2017-09").get("value").asInt()).isEqualTo(558);
        JsonNode reach = json.get("facts").get("platform_reach_among_vod_consumers");
        JsonNode netflixReach = find(reach, "netflix", "2017-09");
        assertThat(netflixReach.get("value").isIntegralNumber()).isTrue();
        assertThat(netflixReach.get("value").asInt()).isEqualTo(37);
        assertThat(netflixReach.get("source").asString()).startsWith("CNC");
        assertThat(find(reach, "prime_video", "2017-09").get("value").asInt()).isEqualTo(9);
        JsonNode spend = find(json.get("facts").get("content_spend_global"), "netflix", "2018");
        assertThat(spend.get("low").asInt()).isEqualTo(7);
        assertThat(spend.get("high").asInt()).isEqualTo(8);
        // what each figure means, from its columns
        assertThat(find(sizes, "netflix", "2017-09").get("status").asString()).isEqualTo("official");
        assertThat(find(sizes, "netflix", "2017-09").get("publisher").asString()).isEqualTo("CNC");
        assertThat(find(sizes, "netflix", "2017-09").get("scope").asString()).isEqualTo("FR");
        assertThat(find(sizes, "netflix", "2016-02").get("status").asString()).isEqualTo("estimate");
        assertThat(find(sizes, "netflix", "2016-02").get("qualifier").asString()).isEqualTo("\u2248");
        assertThat(spend.get("scope").asString()).isEqualTo("world");
    }

    @Test
    void statsListsTheKeyFiguresByStatusWithTheirQualifier() {
        for (String lang : List.of("en", "fr")) {
            String out = run("--db", db.toString(), "--lang", lang, "stats").out();
            String size = out.substring(out.indexOf(lang.equals("en") ? "Catalogue size" : "Taille du catalogue"),
                    out.indexOf(lang.equals("en") ? "Audience reach" : "Audience ("));
            String official = size.substring(0, size.indexOf(lang.equals("en") ? "Estimates" : "Estimations"));
            String estimates = size.substring(size.indexOf(lang.equals("en") ? "Estimates" : "Estimations"));
            // uNoGS's unofficial counts (Netflix, France, Feb and May 2016) are estimates, never official counts
            assertThat(official).contains("CNC").doesNotContain("uNoGS");
            assertThat(estimates).contains("uNoGS").contains("\u2248 2").contains("1" + (lang.equals("en") ? "," : "\u202f") + "762");
            assertThat(out).doesNotContain("official counts").doesNotContain("comptages officiels");
        }
    }

    private static JsonNode find(JsonNode list, String platform, String period) {
        for (JsonNode n : list) {
            if (platform.equals(n.get("platform").asString()) && period.equals(n.get("period").asString())) {
                return n;
            }
        }
        throw new AssertionError("no " + platform + " " + period + " in " + list);
    }

    @Test
    void statsTextIsFormattedForTheLanguage() {
        assertThat(run("--db", db.toString(), "--lang", "fr", "stats").out()).contains("8\u202f807").contains("Plateforme");
        assertThat(run("--db", db.toString(), "--lang", "en", "stats").out()).contains("8,807").contains("Platform");
    }

    @Test
    void searchFindsLupinOnNetflixWithoutAccentsOrCase() {
        Run r = run("--db", db.toString(), "search", "LUPIN", "--platform", "netflix", "--json");
        assertThat(r.status()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.get("titles").get(0).get("title").asString()).isEqualTo("Lupin");
        Run plain = run("--db", db.toString(), "search", "amelie", "--limit", "3");
        assertThat(plain.out().lines().count()).isBetween(1L, 3L);
        assertThat(plain.err()).contains("titles found");
    }

    @Test
    void searchCountsOneTitleAndNoneAsSentencesSay() {
        assertThat(run("--db", db.toString(), "search", "marseille", "--platform", "netflix").err()).contains("1 title found")
                .doesNotContain("titles");
        assertThat(run("--db", db.toString(), "--lang", "fr", "search", "marseille", "--platform", "netflix").err())
                .contains("1 titre trouvé").doesNotContain("titres");
        assertThat(run("--db", db.toString(), "search", "zzqxw").err()).contains("No title found");
        assertThat(run("--db", db.toString(), "--lang", "fr", "search", "zzqxw").err()).contains("Aucun titre trouvé");
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(run("--db", db.toString(), "nosuchcommand").status()).isEqualTo(2);
        assertThat(run("--db", db.toString(), "--lang", "de", "stats").status()).isEqualTo(2);
        assertThat(run("--db", db.toString(), "search", "x", "--limit", "0").status()).isEqualTo(2);
        assertThat(run("--db", db.toString(), "search", "x", "--platform", "nope").status()).isEqualTo(2);
        assertThat(run("--db", db.toString(), "import", "catalogue", "f.csv").status()).isEqualTo(2);
        Run none = run("--db", db.toString());
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.out()).isEmpty();
    }

    @Test
    void aBrokenImportExitsThreeWithFileAndLineAndChangesNothing(@TempDir Path dir) throws Exception {
        String before;
        try (Store s = Store.open(db)) {
            before = TestStores.contentDigest(s);
        }
        Path bad = TestStores.write(dir, "bad.csv", "show_id,type,title\ns1,Movie,A\ns2,Movie,B,extra,fields\n");
        Run r = run("--db", db.toString(), "import", "catalogue", bad.toString(), "--platform", "netflix", "--as-of", "2022-01-01");
        assertThat(r.status()).isEqualTo(3);
        assertThat(r.err().lines()).anyMatch(l -> l.startsWith(bad + ":3: this row has 5 fields, expected 3"));
        assertThat(r.out()).isEmpty();
        Path binary = dir.resolve("image.png");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        assertThat(run("--db", db.toString(), "import", "facts", binary.toString()).status()).isEqualTo(3);
        try (Store s = Store.open(db)) {
            assertThat(TestStores.contentDigest(s)).isEqualTo(before);
        }
    }

    @Test
    void importPrintsASummaryAndWarningsWithLineNumbers(@TempDir Path dir) throws Exception {
        Path f = TestStores.write(dir, "mini.csv", "show_id,type,title,rating,duration\nm1,Movie,Mini,74 min,\nm2,Movie,Maxi,PG,90 min\n");
        Run r = run("--db", dir.resolve("own.db").toString(), "--lang", "en", "import", "catalogue", f.toString(),
                "--platform", "mini_vod", "--name", "Mini VOD", "--as-of", "2024-05-01", "--territory", "FR");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("2 rows read, 2 imported, 1 warning").doesNotContain("1 warnings").contains("Snapshot: mini_vod as of 2024-05-01");
        assertThat(r.err()).contains(f + ":2: warning: rating '74 min' is a duration");
        Run french = run("--db", dir.resolve("fr.db").toString(), "--lang", "fr", "import", "catalogue", f.toString(),
                "--platform", "mini_vod", "--as-of", "2024-05-01", "--territory", "FR");
        assertThat(french.err()).contains(f + ":2: avertissement : la classification « 74 min » est une durée ; placée dans la durée");
        // counts said as sentences: one warning, and zero takes the singular in French
        assertThat(french.out()).contains("2 lignes lues, 2 importées, 1 avertissement").doesNotContain("1 avertissements")
                .contains("2 nouveaux, 0 modifié, 0 inchangé");
        Run refused = run("--db", dir.resolve("own.db").toString(), "--lang", "en", "import", "catalogue", f.toString(),
                "--platform", "mini_vod", "--as-of", "2024-05-01", "--territory", "FR");
        assertThat(refused.status()).isEqualTo(3);
        assertThat(refused.err()).contains("a snapshot of mini_vod as of 2024-05-01 (territory FR) is already stored, with 2 titles");
        Run again = run("--db", dir.resolve("own.db").toString(), "--lang", "en", "import", "catalogue", f.toString(),
                "--platform", "mini_vod", "--as-of", "2024-05-01", "--territory", "FR", "--replace");
        assertThat(again.status()).isZero();
        assertThat(again.out()).contains("0 new, 0 updated, 2 unchanged")
                .contains("Replaces mini_vod as of 2024-05-01: 2 → 2 titles, 0 no longer listed");
    }

    /** A command line that cannot be read says what is missing or not understood in --lang's language, then the usage. */
    @Test
    void aCommandLineSlipIsSaidInTheChosenLanguage() {
        Run missing = run("--lang", "fr", "import", "catalogue");
        assertThat(missing.status()).isEqualTo(Cli.USAGE);
        assertThat(missing.err()).startsWith("Il manque : '--platform=ID', 'FILE'").contains("Usage: vodcompare import catalogue");
        Run typo = run("--lang", "fr", "serach", "marseille");
        assertThat(typo.status()).isEqualTo(Cli.USAGE);
        assertThat(typo.err()).startsWith("Pas compris : 'serach', 'marseille'").contains("Vouliez-vous dire : search");
        assertThat(run("--lang", "en", "import", "catalogue", "x.csv").err()).startsWith("Missing: '--platform=ID'");
        assertThat(run("--lang", "en", "serach").err()).startsWith("Not understood: 'serach'").contains("Did you mean: search");
    }

    /** A refused file is said in --lang's language: in English exactly as before, in French never in English. */
    @Test
    void aRefusedImportSaysWhyInTheLanguageAsked(@TempDir Path dir) throws Exception {
        Path rows = TestStores.write(dir, "rows.csv", "show_id,type,title\ns1,Movie,One\ns2,Movie,Two,Three\n");
        Path quote = TestStores.write(dir, "quote.csv", "show_id,type,title\ns1,Movie,\"One\ns2,Movie,Two\n");
        Path columns = TestStores.write(dir, "columns.csv", "show_id,title\ns1,One\n");
        Path range = TestStores.write(dir, "range.csv", "metric,platform,period,value,unit,source\nspend,Netflix,2020,8-7,bn USD,press\n");
        Path rank = TestStores.write(dir, "rank.tsv", fr.vodcompare.fixture.Top10Fixture.COUNTRIES_HEADER
                + "\nFrance\tFR\t2024-01-07\tFilms\t11\tA\tN/A\t1\n");
        List<List<String>> cases = List.of(
                List.of("catalogue", rows.toString(), rows + ":3: this row has 4 fields, expected 3 as in the header; field 4 holds "
                        + "'Three' (check the quoting of this row or the one before)", rows + ":3: cette ligne a 4 champs, attendu : 3 "
                        + "comme dans l’en-tête ; le champ 4 contient « Three » (vérifiez les guillemets de cette ligne ou de la précédente)"),
                List.of("catalogue", quote.toString(), quote + ":2: a quote opened in this row is never closed; expected a closing "
                        + "double quote (\") before the end of the field", quote + ":2: un guillemet ouvert dans cette ligne n’est jamais "
                        + "fermé ; attendu : un guillemet droit (\") qui le ferme avant la fin du champ"),
                List.of("catalogue", columns.toString(), columns + ":1: missing column type; expected the header "
                        + "show_id,type,title,director,cast,country,date_added,release_year,rating,duration,listed_in,description "
                        + "(or map your names with --map YOURS=OURS)", columns + ":1: il manque la colonne type ; attendu : l’en-tête "
                        + "show_id,type,title,director,cast,country,date_added,release_year,rating,duration,listed_in,description "
                        + "(ou faites correspondre vos noms avec --map VOTRE_NOM=NOTRE_NOM)"),
                List.of("facts", range.toString(), range + ":2: range '8-7' goes down; expected low-high such as 7-8",
                        range + ":2: la fourchette « 8-7 » descend ; attendu : bas-haut, comme 7-8"),
                List.of("top10", rank.toString(), rank + ":2: weekly_rank '11' is not a rank of a Top 10; expected 1 to 10",
                        rank + ":2: weekly_rank « 11 » n’est pas un rang de Top 10 ; attendu : de 1 à 10"));
        for (List<String> c : cases) {
            String[] what = c.get(0).equals("catalogue") ? new String[] {"import", c.get(0), c.get(1), "--platform", "mini_vod"}
                    : new String[] {"import", c.get(0), c.get(1)};
            Run en = run(java.util.stream.Stream.concat(java.util.stream.Stream.of("--db", db.toString(), "--lang", "en"),
                    java.util.Arrays.stream(what)).toArray(String[]::new));
            assertThat(en.status()).as(c.get(1)).isEqualTo(3);
            assertThat(en.err().lines()).as(c.get(1)).contains(c.get(2));
            Run fr = run(java.util.stream.Stream.concat(java.util.stream.Stream.of("--db", db.toString(), "--lang", "fr"),
                    java.util.Arrays.stream(what)).toArray(String[]::new));
            assertThat(fr.status()).as(c.get(1)).isEqualTo(3);
            assertThat(fr.err().lines()).as(c.get(1)).contains(c.get(3)).doesNotContain(c.get(2));
        }
    }

    @Test
    void factsWarningsAreInTheLanguageAsked(@TempDir Path dir) throws Exception {
        Path f = TestStores.write(dir, "odd.csv", "metric,platform,period,value,unit,source\nsubscribers,Netflix,,3,million,CNC\n"
                + "reach,Netflix,2020,250,% of VOD consumers,CNC\n");
        Run en = run("--db", db.toString(), "--lang", "en", "import", "facts", f.toString(), "--dry-run", "--force");
        assertThat(en.status()).isZero();
        assertThat(en.err().lines()).contains(f + ":2: warning: no period; the figure is kept as undated",
                f + ":3: warning: value '250' is impossible: a share (% of VOD consumers) lies between 0 and 100; kept, flagged in "
                        + "its note (--force)");
        Run fr = run("--db", db.toString(), "--lang", "fr", "import", "facts", f.toString(), "--dry-run", "--force");
        assertThat(fr.err().lines()).contains(f + ":2: avertissement : pas de période ; le chiffre est gardé sans date",
                f + ":3: avertissement : la valeur « 250 » est impossible : une part (% of VOD consumers) est comprise entre 0 "
                        + "et 100 ; gardée, signalée dans sa note (--force)");
    }

    @Test
    void rebuildKeepsUserImports(@TempDir Path dir) throws Exception {
        Path own = dir.resolve("own.db");
        Path f = TestStores.write(dir, "mini.csv", "show_id,type,title\nm1,Movie,Mini\n");
        assertThat(run("--db", own.toString(), "import", "catalogue", f.toString(), "--platform", "mini_vod").status()).isZero();
        Run r = run("--db", own.toString(), "rebuild");
        assertThat(r.status()).isZero();
        Run stats = run("--db", own.toString(), "stats", "--json");
        JsonNode platforms = JsonMapper.builder().build().readTree(stats.out()).get("platforms");
        assertThat(platforms).extracting(p -> p.get("id").asString()).contains("netflix", "prime_video", "mini_vod");
    }

    @Test
    void rebuildKeepsTheUsersPlatformNamesAndColours(@TempDir Path dir) throws Exception {
        Path own = dir.resolve("own.db");
        assertThat(run("--db", own.toString(), "stats").status()).isZero();
        try (Store s = Store.open(own)) {
            s.platforms().rename("netflix", "Netflix France");
            s.platforms().setColour("netflix", "#123456");
        }
        assertThat(run("--db", own.toString(), "rebuild").status()).isZero();
        try (Store s = Store.open(own)) {
            assertThat(s.platforms().find("netflix")).hasValueSatisfying(p -> {
                assertThat(p.name()).isEqualTo("Netflix France");
                assertThat(p.colour()).isEqualTo("#123456");
            });
            assertThat(s.platforms().find("prime_video")).hasValueSatisfying(p -> assertThat(p.colour()).isEqualTo("#00A8E1"));
        }
    }

    @Test
    void backupWritesAConsistentCopy(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("copy.db");
        Run r = run("--db", db.toString(), "backup", copy.toString());
        assertThat(r.status()).isZero();
        try (Store s = Store.open(copy)) {
            assertThat(s.titles().platformCounts()).hasSizeGreaterThanOrEqualTo(2);
        }
        assertThat(run("--db", db.toString(), "backup", copy.toString()).status()).isEqualTo(2);
    }
}
