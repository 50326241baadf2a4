package fr.vodcompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoggingTest {
    @TempDir
    Path dir;

    @Test
    void eachStartKeepsThePreviousThreeRunsLogs() throws Exception {
        Path log = dir.resolve("vodcompare.log");
        for (int run = 1; run <= 5; run++) {
            Logging.rotate(log, Logging.KEPT);
            Files.writeString(log, "run " + run);
        }
        assertThat(Files.readString(log)).isEqualTo("run 5");
        assertThat(Files.readString(dir.resolve("vodcompare.log.1"))).isEqualTo("run 4");
        assertThat(Files.readString(dir.resolve("vodcompare.log.2"))).isEqualTo("run 3");
        assertThat(Files.readString(dir.resolve("vodcompare.log.3"))).isEqualTo("run 2");
        assertThat(dir.resolve("vodcompare.log.4")).doesNotExist();
    }
}
