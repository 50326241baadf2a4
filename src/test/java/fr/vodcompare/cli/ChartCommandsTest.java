package fr.vodcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.chart.ChartService;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chart commands run in-process against a store built from the bundled data. */
class ChartCommandsTest {
    @TempDir
    static Path dir;
    static Path db;

    record Run(int status, String out, String err) {
    }

    @BeforeAll
    static void buildStore() {
        db = dir.resolve("store.db");
        assertThat(run("stats").status()).isZero();
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(Stream.of("--db", db.toString()), Stream.of(args)).toArray(String[]::new);
        int status = new Cli(db, new PrintWriter(out), new PrintWriter(err)).run(all);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void chartsPrintsIdTabTitleAndNothingElse() {
        Run r = run("--lang", "fr", "charts");
        assertThat(r.status()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(ChartService.charts(Locale.FRENCH).size());
        for (int i = 0; i < ChartService.ids().size(); i++) {
            assertThat(lines[i]).startsWith(ChartService.ids().get(i) + "\t");
        }
        assertThat(lines).allMatch(l -> l.matches("[a-z0-9-]+\t[^\t]+"));
        assertThat(lines[0]).isEqualTo("catalogue-size\t" + ChartService.charts(Locale.FRENCH).get(0).title());
        assertThat(lines).contains("audience-subscribers\tAbonnés en France");
    }

    @Test
    void exportChartWritesAPngOfExactlyWidthTimesScale() throws Exception {
        Path out = dir.resolve("size.png");
        Run r = run("--lang", "en", "export-chart", "catalogue-size", "--out", out.toString(), "--width", "800",
                "--height", "450", "--scale", "2");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        BufferedImage img = ImageIO.read(out.toFile());
        assertThat(img.getWidth()).isEqualTo(1600);
        assertThat(img.getHeight()).isEqualTo(900);
    }

    @Test
    void exportChartWritesTheNumbersAsCsvFromTheBundledData() throws Exception {
        Path csv = dir.resolve("size.csv");
        Run r = run("--lang", "en", "export-chart", "catalogue-size", "--csv", csv.toString());
        assertThat(r.status()).as(r.err()).isZero();
        String text = Files.readString(csv);
        assertThat(text).contains("netflix,Netflix,\"CNC, France, Sep 2017\",,2905,");
        assertThat(text).contains("prime_video,Prime Video,\"CNC, France, Sep 2017\",,558,");
        assertThat(text).contains("netflix,Netflix,\"CNC, France, 2022\",,6283,");
        assertThat(text).contains("prime_video,Prime Video,\"CNC, France, 2022\",,4644,");
        assertThat(text).contains("netflix,Netflix,\"Imported files, 2021\",,8807,");
        assertThat(text).contains("prime_video,Prime Video,\"Imported files, 2021\",,9668,");
    }

    @Test
    void theCountryChartStatesPrimeVideosCoverage() throws Exception {
        Path csv = dir.resolve("country.csv");
        assertThat(run("--lang", "en", "export-chart", "country-mix", "--csv", csv.toString()).status()).isZero();
        assertThat(Files.readString(csv)).contains("prime_video,Prime Video,Country unknown,,93.0492,93.0492,93.0492,percent,"
                + "exact,8996,9668,");
    }

    @Test
    void anUnknownIdIsAUsageErrorListingTheIds() {
        Path out = dir.resolve("bad.png");
        Run r = run("export-chart", "no-such-chart", "--out", out.toString());
        assertThat(r.status()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("no-such-chart").contains("kind-mix").contains("european-works");
        assertThat(r.out()).isEmpty();
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void absurdSizesAreUsageErrors() {
        Path out = dir.resolve("absurd.png");
        assertThat(run("export-chart", "kind-mix", "--out", out.toString(), "--width", "0").status()).isEqualTo(Cli.USAGE);
        assertThat(run("export-chart", "kind-mix", "--out", out.toString(), "--height", "-5").status()).isEqualTo(Cli.USAGE);
        assertThat(run("export-chart", "kind-mix", "--out", out.toString(), "--width", "6000", "--scale", "2").status())
                .isEqualTo(Cli.USAGE);
        assertThat(run("export-all", "--dir", dir.resolve("absurd").toString(), "--scale", "0").status()).isEqualTo(Cli.USAGE);
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void anUnwritablePathFailsWithoutLeavingAFile() throws Exception {
        Path out = dir.resolve("missing-folder/x.png");
        Run r = run("export-chart", "kind-mix", "--out", out.toString());
        assertThat(r.status()).isEqualTo(Cli.FAILED);
        assertThat(r.err()).contains("missing-folder");
        assertThat(Files.exists(out)).isFalse();
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertThat(run("export-all", "--dir", file.toString()).status()).isEqualTo(Cli.FAILED);
    }

    @Test
    void missingOutputAndUnknownPlatformsAreUsageErrors() {
        assertThat(run("export-chart", "kind-mix").status()).isEqualTo(Cli.USAGE);
        Run r = run("export-chart", "kind-mix", "--csv", dir.resolve("p.csv").toString(), "--platform", "nope");
        assertThat(r.status()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("netflix");
    }

    @Test
    void exportAllWritesOnePngPerChartAndNoTemporaryFile() throws Exception {
        Path out = dir.resolve("all");
        Run r = run("--lang", "fr", "export-all", "--dir", out.toString(), "--csv");
        assertThat(r.status()).as(r.err()).isZero();
        // the last line says what was written, in the language asked for
        assertThat(r.err()).contains(out + "\u00a0: " + (2 * ChartService.ids().size()) + " fichiers, 1200 × 675 px").doesNotContain("files");
        for (String id : ChartService.ids()) {
            BufferedImage img = ImageIO.read(out.resolve(id + ".png").toFile());
            assertThat(img.getWidth()).as(id).isEqualTo(1200);
            assertThat(img.getHeight()).as(id).isEqualTo(675);
            assertThat(out.resolve(id + ".csv")).exists();
        }
        assertThat(Files.readAllLines(out.resolve("audience-reach-trend.csv")).stream().skip(1).map(l -> l.split(",")[1]))
                .as("the platforms Compare shows at first").contains("netflix").doesNotContain("disney_plus", "salto");
        try (var files = Files.list(out)) {
            assertThat(files).hasSize(2 * ChartService.ids().size());
        }
    }

    @Test
    void exportAllTakesThePlatforms() throws Exception {
        Path out = dir.resolve("some");
        Run r = run("--lang", "en", "export-all", "--dir", out.toString(), "--csv", "--platform", "netflix,disney_plus");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("audience-reach-trend.csv")).stream().skip(1).map(l -> l.split(",")[1]))
                .contains("netflix", "disney_plus").doesNotContain("prime_video", "salto");
        assertThat(run("export-all", "--dir", out.toString(), "--platform", "nope").status()).isEqualTo(Cli.USAGE);
    }

    @Test
    void theAudienceScreensOtherChartsExportByTheirIds() throws Exception {
        Path csv = dir.resolve("subscribers.csv");
        Run r = run("--lang", "en", "export-chart", "audience-subscribers", "--csv", csv.toString(), "--platform",
                "netflix,salto,market");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.readAllLines(csv).stream().skip(1).map(l -> l.split(",")[1]).distinct())
                .containsExactlyInAnyOrder("netflix", "salto", "market");
    }

    @Test
    void titleSubtitleAndPlatformsCanBeChosen() throws Exception {
        Path csv = dir.resolve("chosen.csv");
        Run r = run("--lang", "en", "export-chart", "audience-reach-trend", "--csv", csv.toString(), "--platform",
                "netflix,disney_plus", "--title", "Mine");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.readAllLines(csv).stream().skip(1).map(l -> l.split(",")[1]).distinct())
                .containsExactly("netflix", "disney_plus");
    }
}
