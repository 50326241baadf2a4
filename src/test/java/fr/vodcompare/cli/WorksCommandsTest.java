package fr.vodcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.testing.TestStores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code overlap}, {@code rematch} and {@code quota} on the bundled store. */
class WorksCommandsTest {
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
    void overlapJsonListsEverySharedWorkWithItsRuleAndSplitRemovesOne() throws Exception {
        Path db = bundled();
        CliTest.Run r = run(db, "overlap", "--platform", "netflix,prime_video", "--json");
        assertThat(r.status()).isZero();
        JsonNode p = JsonMapper.builder().build().readTree(r.out()).get("pairs").get(0);
        assertThat(p.get("a").asString() + " " + p.get("b").asString()).isEqualTo("netflix prime_video");
        assertThat(p.get("shared").asInt()).isEqualTo(297);
        assertThat(p.get("ambiguous").asInt()).isEqualTo(2);
        assertThat(p.get("titles")).hasSize(297);
        JsonNode first = p.get("titles").get(0);
        assertThat(first.get("title").asString()).isEqualTo("21");
        assertThat(first.get("rule").asString()).isEqualTo("title_year");
        assertThat(first.get("confidence").asDouble()).isEqualTo(1.0);
        String ids = first.get("id_a").asLong() + "," + first.get("id_b").asLong();
        CliTest.Run split = run(db, "rematch", "--split", ids);
        assertThat(split.status()).isZero();
        assertThat(split.out()).contains("title and year: 205");
        CliTest.Run text = run(db, "overlap");
        assertThat(text.out()).contains("netflix\tprime_video\t296\t");
    }

    @Test
    void badUsageIsExitTwo() throws Exception {
        Path db = bundled();
        assertThat(run(db, "overlap", "--platform", "mubi").status()).isEqualTo(Cli.USAGE);
        assertThat(run(db, "rematch", "--confirm", "12").status()).isEqualTo(Cli.USAGE);
        assertThat(run(db, "quota", "--platform", "mubi").status()).isEqualTo(Cli.USAGE);
    }

    /**
     * Netflix, AVMSD: of 8,807 titles, 868 have no country or only countries whose status is not verified;
     * 1,872 of the other 7,939 have a European country (recounted from the CSV and data/countries.csv);
     * 23.58 % is below 30 %: (1,872 + n) / (7,939 + n) ≥ 0.3 first holds at n = 729.
     */
    @Test
    void quotaJsonGivesShareUnknownAndGapPerRule() throws Exception {
        CliTest.Run r = run(bundled(), "quota", "--platform", "netflix", "--json");
        assertThat(r.status()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(r.out());
        JsonNode p = root.get("platforms").get(0);
        assertThat(p.get("id").asString()).isEqualTo("netflix");
        assertThat(p.get("snapshot").asString()).isEqualTo("2021-09-25");
        JsonNode avmsd = p.get("rules").get(0);
        assertThat(avmsd.get("rule").asString()).isEqualTo("AVMSD");
        assertThat(avmsd.get("scope").asString()).isEqualTo("all");
        assertThat(avmsd.get("threshold_pct").asDouble()).isEqualTo(30.0);
        assertThat(avmsd.get("titles").asInt()).isEqualTo(8807);
        assertThat(avmsd.get("qualifying").asInt()).isEqualTo(1872);
        assertThat(avmsd.get("unknown").asInt()).isEqualTo(868);
        assertThat(avmsd.get("share_pct").asDouble()).isEqualTo(23.58);
        assertThat(avmsd.get("gap_titles").asInt()).isEqualTo(729);
        assertThat(p.get("rules")).hasSize(5);
        assertThat(root.get("note").asString()).contains("French original expression is approximated by French production");
    }
}
