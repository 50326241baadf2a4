package fr.vodcompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The window's settings read from the launcher while JavaFX starts, taken over once by the window. */
class EarlySettingsTest {
    @TempDir
    Path dir;

    private static final Settings FRENCH = new Settings(1100.0, 720.0, null, null, false, "fr", true, "compare", null, null);

    @Test
    void theSettingsReadAheadAreHandedOverOnceThenTheFileIsReadAgain() throws Exception {
        Path file = dir.resolve("settings.json");
        new SettingsStore(file).save(FRENCH);
        EarlySettings.start(file);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !reading());
        // read before the window asks: gone from the disk since, they are still the ones handed over
        Files.delete(file);
        EarlySettings.Loaded loaded = EarlySettings.take(file);
        assertThat(loaded.settings()).isEqualTo(FRENCH);
        assertThat(loaded.store().file()).isEqualTo(file);

        assertThat(EarlySettings.take(file).settings()).as("handed over once: read again").isEqualTo(Settings.DEFAULT);
    }

    @Test
    void anotherFileIsReadNow() throws Exception {
        Path file = dir.resolve("settings.json");
        new SettingsStore(file).save(FRENCH);
        EarlySettings.start(dir.resolve("elsewhere.json"));
        EarlySettings.Loaded loaded = EarlySettings.take(file);
        assertThat(loaded.settings()).isEqualTo(FRENCH);
        assertThat(loaded.store().file()).isEqualTo(file);
    }

    private static boolean reading() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("vodcompare-settings-reading"));
    }
}
