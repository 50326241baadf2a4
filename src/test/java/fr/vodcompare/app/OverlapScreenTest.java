package fr.vodcompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.analysis.Overlap.SharedTitle;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Button;
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

/** The overlap on Compare and the same work in the title's detail, in the window (bundled store). */
@ExtendWith(ApplicationExtension.class)
class OverlapScreenTest {
    @TempDir
    Path dir;
    AppFixture app;
    final List<Throwable> uncaught = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        app = AppFixture.start(stage, dir, "en");
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static String counts(FxRobot robot) {
        return robot.lookup("#overlap-counts").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static TableView<SharedTitle> table(FxRobot robot) {
        return robot.lookup("#overlap-table").queryAs(TableView.class);
    }

    @Test
    void compareShowsTheSharedWorksSearchableAndNothingWithOnePlatform(FxRobot robot) {
        robot.clickOn("#nav-compare");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(counts(robot)).startsWith("Netflix and Prime Video: 297 shared works, 8,509 only on Netflix, "
                + "9,369 only on Prime Video, 2 ambiguous pairs");
        assertThat(table(robot).getItems()).hasSize(299);
        robot.interact(() -> robot.lookup("#overlap-search").queryAs(javafx.scene.control.TextField.class).setText("roxbury"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems()).singleElement().satisfies(t -> assertThat(t.rule()).isEqualTo("title_year"));
        // one platform: no pair, and the pair box (hidden) must not fail to name an empty choice
        robot.interact(() -> robot.lookup("#compare-platform-prime_video").queryAs(javafx.scene.control.ToggleButton.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(counts(robot)).isEqualTo("Choose two platforms with a catalogue to see the titles they share.");
        assertThat(table(robot).getItems()).isEmpty();
        assertThat(uncaught).isEmpty();
    }

    @Test
    void clickingAColumnHeaderSortsTheSharedWorks(FxRobot robot) {
        robot.clickOn("#nav-compare");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems()).hasSize(299);
        // what a click on the Year header does
        robot.interact(() -> table(robot).getSortOrder().setAll(List.of(table(robot).getColumns().get(2))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getColumns().get(2).getText()).isEqualTo("Year");
        List<Integer> years = table(robot).getItems().stream().map(SharedTitle::year).filter(y -> y != null).toList();
        assertThat(years).hasSizeGreaterThan(250).isSorted();
        assertThat(table(robot).getItems()).hasSize(299);
        // typing in the search keeps the order chosen (the arrow still shows it)
        robot.interact(() -> robot.lookup("#overlap-search").queryAs(javafx.scene.control.TextField.class).setText("amer"));
        WaitForAsyncUtils.waitForFxEvents();
        List<Integer> found = table(robot).getItems().stream().map(SharedTitle::year).filter(y -> y != null).toList();
        assertThat(found).hasSizeGreaterThan(2).isSorted();
        assertThat(uncaught).isEmpty();
    }

    @Test
    void splitInTheDetailLowersCompareSharedCount(FxRobot robot) {
        robot.clickOn("#catalogue-search").write("A Night at the Roxbury");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText()).isEqualTo("A Night at the Roxbury");
        assertThat(robot.lookup("#detail-works").lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("same title, kind and year; confidence 1");
        robot.clickOn(robot.lookup("#detail-works").lookup(".button").match(n -> ((Button) n).getText().equals("Split"))
                .queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#detail-works").lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("split by you (two works)");
        robot.clickOn("#nav-compare");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(counts(robot)).startsWith("Netflix and Prime Video: 296 shared works");
        assertThat(uncaught).isEmpty();
    }
}
