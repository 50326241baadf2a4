package fr.vodcompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.TableColumn;
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

/** A catalogue sorted by a click on a header stays sorted so when the window's language is switched. */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchSortTest {
    @TempDir
    Path dir;
    AppFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = AppFixture.start(stage, dir, "fr");
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static TableColumn<?, ?> column(TableView<?> t, String text) {
        return t.getColumns().stream().filter(c -> text.equals(c.getText())).findFirst().orElseThrow();
    }

    @Test
    void aSearchSortedByYearStaysSortedByYearInTheOtherLanguage(FxRobot robot) {
        robot.clickOn("#catalogue-search").write("omar");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> fr = robot.lookup("#catalogue-table").queryAs(TableView.class);
        robot.clickOn(robot.lookup(".column-header").match(n -> n.lookup(".label") instanceof javafx.scene.control.Label l
                && "Année".equals(l.getText())).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fr.getSortOrder()).containsExactly((TableColumn) column(fr, "Année"));
        Object firstSorted = fr.getItems().get(0);

        robot.interact(() -> app.shell.languageProperty().set("en"));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> en = robot.lookup("#catalogue-table").queryAs(TableView.class);
        assertThat(en.getSortOrder()).as("the header still shows the sort").containsExactly((TableColumn) column(en, "Year"));
        assertThat(en.getItems().get(0)).as("the rows are still in year order").isEqualTo(firstSorted);
    }
}
