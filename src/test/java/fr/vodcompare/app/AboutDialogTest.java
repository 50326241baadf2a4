package fr.vodcompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.cli.BuildInfo;
import java.nio.file.Path;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {
    @TempDir
    Path dir;
    AppFixture app;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = AppFixture.start(stage, dir, "fr");
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void showsTheVersionAndTheCommitOfTheBuild(FxRobot robot) {
        robot.interact(() -> javafx.application.Platform.runLater(() -> new AboutDialog(stage, app.window.messages(),
                app.store.database().file(), dir.resolve("vodcompare.log"), app.links).show()));
        WaitForAsyncUtils.waitForFxEvents();
        BuildInfo b = BuildInfo.current();
        String text = robot.lookup("#about-version").queryAs(TextField.class).getText();
        assertThat(text).isEqualTo("Version " + b.version() + ", compilée depuis le commit " + b.commit());
        robot.interact(() -> robot.lookup("#about-version").queryAs(TextField.class).getScene().getWindow().hide());
    }
}
