package fr.vodcompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.ui.shell.ShellViewModel.ScreenId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a user did before the "id is null" error dialog: a figure other than the default, then a change of data or language. */
@ExtendWith(ApplicationExtension.class)
class AudienceSwitchTest {
    @TempDir
    Path dir;
    AppFixture app;
    Stage stage;
    final List<Throwable> errors = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> errors.add(e));
        app = AppFixture.start(stage, dir, "en");
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void pickSubscribers(FxRobot robot) {
        robot.clickOn("#nav-audience");
        @SuppressWarnings("unchecked")
        ComboBox<String> metric = robot.lookup("#audience-metric").queryComboBox();
        robot.interact(() -> metric.getSelectionModel().select("subscribers"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#audience-metric").queryComboBox().getValue()).isEqualTo("subscribers");
    }

    private void rename(FxRobot robot, String to) {
        robot.clickOn("#nav-data");
        robot.clickOn(robot.lookup("#data-platforms").lookup(".table-row-cell").nth(0).queryAs(Node.class));
        robot.clickOn(robot.lookup("#data-rename").queryButton());
        javafx.scene.control.TextField name = robot.lookup(".dialog-pane .text-field").query();
        assertThat(robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getHeaderText())
                .as("the dialog names the platform, not its id").doesNotContain("netflix");
        robot.interact(() -> name.setText(to));
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> ((Button) n).isDefaultButton()).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void subscribersThenARenameThenFrenchShowNoErrorAndTheSidebarFollows(FxRobot robot) {
        pickSubscribers(robot);
        rename(robot, "Netflix France");
        robot.interact(() -> app.shell.languageProperty().set("fr"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errors).isEmpty();
        assertThat(robot.lookup("#data").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-data").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#nav-audience").queryAs(ToggleButton.class).isSelected()).isFalse();
        robot.clickOn("#nav-audience");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errors).isEmpty();
        assertThat(robot.lookup("#audience-metric").queryComboBox().getValue()).isEqualTo("subscribers");
        assertThat(robot.lookup("#audience-title").queryAs(Label.class).getText()).isEqualTo("Abonnés");
    }

    @Test
    void subscribersThenAnImportShowNoError(FxRobot robot) throws Exception {
        pickSubscribers(robot);
        Path file = dir.resolve("mubi.csv");
        Files.writeString(file, "show_id,type,title,release_year,country\nm1,Movie,Amélie,2001,France\n");
        robot.interact(() -> app.context.openImport(stage, app.window.messages(), null, file));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#import-platform").queryComboBox().getEditor()).write("mubi");
        robot.clickOn("#import-run");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#import-close");
        robot.clickOn("#nav-audience");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errors).isEmpty();
        assertThat(robot.lookup("#audience-metric").queryComboBox().getValue()).isEqualTo("subscribers");
    }

    @Test
    void everyScreenThenFrenchThenEveryScreenAgainShowsNoError(FxRobot robot) {
        for (ScreenId id : ScreenId.values()) {
            robot.clickOn("#nav-" + id.id());
        }
        pickSubscribers(robot);
        rename(robot, "Netflix FR");
        robot.interact(() -> app.shell.languageProperty().set("fr"));
        for (ScreenId id : ScreenId.values()) {
            robot.clickOn("#nav-" + id.id());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#" + id.id()).tryQuery()).as(id.id()).isPresent();
            assertThat(robot.lookup("#nav-" + id.id()).queryAs(ToggleButton.class).isSelected()).isTrue();
        }
        assertThat(errors).isEmpty();
    }
}
