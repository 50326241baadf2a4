package fr.vodcompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The settings are saved soon after a change, not only when the window closes; nothing is saved after the close. */
@ExtendWith(ApplicationExtension.class)
class SettingsSaverTest {
    @TempDir
    Path dir;

    private static Settings withLanguage(String language) {
        return new Settings(null, null, null, null, null, language, null, null, null, null);
    }

    @Test
    void aChangeIsSavedSoonAfterAndTheCloseSavesTheLastState(FxRobot robot) throws Exception {
        SettingsStore file = new SettingsStore(dir.resolve("settings.json"));
        StringProperty language = new SimpleStringProperty("en");
        SettingsSaver[] saver = new SettingsSaver[1];
        robot.interact(() -> {
            saver[0] = new SettingsSaver(file, () -> withLanguage(language.get()), Duration.millis(100));
            saver[0].watch(language);
        });
        assertThat(file.load()).as("nothing changed, nothing written").isEqualTo(Settings.DEFAULT);

        robot.interact(() -> language.set("fr"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "fr".equals(file.load().language()));

        robot.interact(() -> {
            language.set("en");
            saver[0].saveNow(); // the window closes at once: written before it returns
        });
        assertThat(file.load().language()).isEqualTo("en");

        robot.interact(() -> language.set("fr")); // after the close: not saved, and no failure
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file.load().language()).isEqualTo("en");
    }
}
