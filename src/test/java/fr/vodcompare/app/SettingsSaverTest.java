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
            saver[0] = new SettingsSaver(file, Settings.DEFAULT, () -> withLanguage(language.get()), Duration.millis(100));
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

    @Test
    void settingsTheFileAlreadyHoldsAreNotWrittenAgain(FxRobot robot) throws Exception {
        SettingsStore file = new SettingsStore(dir.resolve("settings.json"));
        file.save(withLanguage("fr"));
        java.nio.file.attribute.FileTime before = java.nio.file.Files.getLastModifiedTime(file.file());
        StringProperty language = new SimpleStringProperty("fr");
        SettingsSaver[] saver = new SettingsSaver[1];
        robot.interact(() -> {
            saver[0] = new SettingsSaver(file, file.load(), () -> withLanguage(language.get()), Duration.millis(100));
            saver[0].watch(language);
            language.set("en");
            language.set("fr"); // changed and back within the delay: the same settings
        });
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> saver[0].saveNow()); // a close that changed nothing
        assertThat(java.nio.file.Files.getLastModifiedTime(file.file())).as("not written again").isEqualTo(before);
        assertThat(file.load().language()).isEqualTo("fr");
    }

    /**
     * Found in the window: a window resized was saved the first time only (until the close), because the settings read
     * the scene's size, not the stage's width watched, which then told of no later change.
     */
    @Test
    void everyChangeOfAWatchedValueIsSavedEvenWhenTheSettingsDoNotReadIt(FxRobot robot) throws Exception {
        SettingsStore file = new SettingsStore(dir.resolve("settings.json"));
        javafx.beans.property.DoubleProperty width = new javafx.beans.property.SimpleDoubleProperty(1024);
        String[] shown = {"en"}; // what the settings read: not the property watched, which nothing reads
        double[] next = {1024};
        SettingsSaver[] saver = new SettingsSaver[1];
        robot.interact(() -> {
            saver[0] = new SettingsSaver(file, Settings.DEFAULT, () -> withLanguage(shown[0]), Duration.millis(100));
            saver[0].watch(width);
        });
        for (String language : new String[] {"fr", "de", "it"}) {
            robot.interact(() -> {
                shown[0] = language;
                next[0] += 100;
                width.set(next[0]);
            });
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> language.equals(file.load().language()));
        }
    }
}
