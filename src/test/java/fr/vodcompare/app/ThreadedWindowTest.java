package fr.vodcompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.store.TitleBrowseQueries.Row;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window with its background work on real threads, as the app runs it (the other UI tests run it at once on the
 * FX thread): results arrive later, on the FX thread, and only the newest search is shown. The waits are bounds
 * for slow machines, not measures: nothing here asserts a duration.
 */
@ExtendWith(ApplicationExtension.class)
class ThreadedWindowTest {
    private static final int PATIENCE_S = 60;

    @TempDir
    Path dir;
    AppFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = AppFixture.threaded(stage, dir, "en");
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void searchAsYouTypeRunsOnTheSearchThreadAndShowsOnlyTheNewestAnswer(FxRobot robot) throws Exception {
        TableView<Row> table = robot.lookup("#catalogue-table").queryTableView();
        WaitForAsyncUtils.waitFor(PATIENCE_S, TimeUnit.SECONDS, () -> table.getItems().size() == 18_475);
        robot.clickOn("#catalogue-search").write("lupin");
        Label count = robot.lookup("#catalogue-count").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(PATIENCE_S, TimeUnit.SECONDS, () -> !table.getItems().isEmpty()
                && table.getItems().size() < 100 && count.getText().contains("of 18,475"));
        WaitForAsyncUtils.waitForFxEvents();
        // every keystroke ran a query off the FX thread; the answers to "l", "lu"... arrived too late to be shown
        assertThat(app.workerThreads).contains("vodcompare-test-search").doesNotContain("JavaFX Application Thread");
        assertThat(table.getItems()).isNotEmpty().allSatisfy(r -> assertThat(
                (r.title().name() + " " + r.title().director() + " " + r.title().cast()).toLowerCase()).contains("lupin"));
        assertThat(count.getText()).startsWith(table.getItems().size() + " matching title");
    }

    @Test
    void checkingTheStoreRunsInTheBackgroundAndSaysItIsSound(FxRobot robot) throws Exception {
        robot.clickOn("#menu-help");
        robot.clickOn("Check the store");
        WaitForAsyncUtils.waitFor(PATIENCE_S, TimeUnit.SECONDS, () -> robot.lookup("#check-result").tryQuery().isPresent());
        DialogPane result = robot.lookup("#check-result").query();
        assertThat(result.getHeaderText()).isEqualTo("The store is sound");
        assertThat(result.getContentText()).contains(app.store.database().file().toString());
        assertThat(app.workerThreads).contains("vodcompare-test-worker");
        robot.interact(() -> ((Stage) result.getScene().getWindow()).close());
    }
}
