package fr.vodcompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.ui.catalogue.CatalogueState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void writesAndReadsBackEverything() throws Exception {
        SettingsStore s = new SettingsStore(dir.resolve("sub/settings.json"));
        Settings saved = new Settings(1200.0, 700.0, 10.0, 20.0, false, "fr", true, "audience",
                new CatalogueState("lupin", List.of("prime_video"), "SERIES", "Dramas", "FRANCE", 2000, 2021,
                        "2020-01-01", null, true, "YEAR", false), List.of("netflix", "disney_plus"));
        s.save(saved);
        assertThat(s.load()).isEqualTo(saved);
        try (var files = Files.list(dir.resolve("sub"))) {
            assertThat(files).as("no temporary file left").hasSize(1);
        }
    }

    @Test
    void aMissingOrBrokenFileGivesTheDefaults() throws Exception {
        SettingsStore s = new SettingsStore(dir.resolve("settings.json"));
        assertThat(s.load()).isEqualTo(Settings.DEFAULT);
        Files.writeString(dir.resolve("settings.json"), "{\"width\": 12");
        assertThat(s.load()).isEqualTo(Settings.DEFAULT);
        Files.writeString(dir.resolve("settings.json"), "{\"language\":\"en\",\"someday\":1}");
        assertThat(s.load().language()).isEqualTo("en");
    }
}
