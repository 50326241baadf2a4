package fr.vodcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BuildInfoTest {
    private static String run(String... args) {
        StringWriter out = new StringWriter();
        int status = new Cli(Path.of("unused.db"), new PrintWriter(out), new PrintWriter(new StringWriter())).run(args);
        assertThat(status).isZero();
        return out.toString();
    }

    @Test
    void theBuildWroteItsVersionAndCommit() {
        BuildInfo b = BuildInfo.current();
        assertThat(b.version()).isNotEqualTo("unknown").doesNotContain("${");
        // a 12-digit hash from git, or "unknown" when built without git (a source tarball)
        assertThat(b.commit()).matches("[0-9a-f]{12}|unknown");
    }

    @Test
    void versionPrintsTheVersionAndTheCommit() {
        BuildInfo b = BuildInfo.current();
        assertThat(run("--version").trim()).isEqualTo("VOD Compare " + b.version() + " (commit " + b.commit() + ")");
    }

    @Test
    void anUnfilledOrMissingValueReadsAsUnknown() {
        Properties p = new Properties();
        p.setProperty("version", "0.2.0");
        p.setProperty("commit", "${vodcompare.commit}");
        assertThat(BuildInfo.of(p)).isEqualTo(new BuildInfo("0.2.0", "unknown"));
        assertThat(BuildInfo.of(new Properties())).isEqualTo(new BuildInfo("unknown", "unknown"));
    }

    @Test
    void helpSaysHowToOpenTheWindowAndTheImportDialog() {
        String help = run("--help");
        assertThat(help).contains("--version").contains("opens the window").contains("FILE.csv")
                .contains("import dialog");
    }
}
