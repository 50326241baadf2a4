package fr.vodcompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
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

/** The What changed screen in the window, on the bundled Netflix catalogues of 2019 and 2021. */
@ExtendWith(ApplicationExtension.class)
class HistoryScreenTest {
    @TempDir
    Path dir;
    AppFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = AppFixture.start(stage, dir, "en");
    }

    @AfterEach
    void close() {
        app.close();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void opensOnNetflixsTwoCataloguesWithTheCountsAndTheFilterNarrowsTheLists(FxRobot robot) throws Exception {
        robot.clickOn("#nav-history");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#history-count-added")).isEqualTo("3,063");
        assertThat(text(robot, "#history-count-removed")).isEqualTo("94");
        assertThat(text(robot, "#history-count-ambiguous")).isEqualTo("18");
        assertThat(text(robot, "#history-honest")).contains("no longer listed").contains("between the two dates");
        TableView<?> added = robot.lookup("#history-added").queryTableView();
        assertThat(added.getItems()).hasSize(3_063);
        TabPane tabs = robot.lookup("#history-lists").queryAs(TabPane.class);
        assertThat(tabs.getTabs().get(1).getText()).isEqualTo("No longer listed (between the two dates) (94)");
        assertThat(robot.lookup("#chart-catalogue-changes").tryQuery()).as("the chart below the lists").isPresent();

        robot.clickOn("#history-filter").write("pokemon");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(added.getItems()).isNotEmpty().hasSizeLessThan(20);
        assertThat(tabs.getTabs().get(0).getText()).matches("Added \\(\\d+ of 3,063\\)");
        assertThat(text(robot, "#history-count-added")).as("the counts stay the whole comparison's").isEqualTo("3,063");

        app.asked.clear();
        robot.clickOn("#history-export");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.asked).hasSize(1);
        List<String> lines = Files.readAllLines(app.asked.get(0), StandardCharsets.UTF_8);
        assertThat(lines.subList(1, lines.size())).hasSizeGreaterThanOrEqualTo(added.getItems().size())
                .allMatch(l -> l.toLowerCase(java.util.Locale.ROOT).contains("pok"));
        assertThat(text(robot, "#history-status")).startsWith("Exported " + (lines.size() - 1) + " rows");
    }

    /** Found in the window: "étaient" sorted after "Zulu", and the year's title squeezed to "A…" in a wide list. */
    @Test
    void titlesSortAsTheCatalogueDoesAndTheYearKeepsItsTitle(FxRobot robot) {
        robot.clickOn("#nav-history");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<Object> added = (TableView<Object>) robot.lookup("#history-added").queryTableView();
        javafx.scene.control.TableColumn<Object, ?> title = added.getColumns().get(0);
        robot.interact(() -> {
            title.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
            added.getSortOrder().setAll(List.of(title));
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> titles = added.getItems().stream().map(r -> String.valueOf(title.getCellData(r))).toList();
        assertThat(titles).anyMatch(t -> !t.equals(fr.vodcompare.model.Normalise.text(t).toLowerCase(java.util.Locale.ROOT))
                && Character.isLetter(t.charAt(0)) && t.charAt(0) > 'z')
                .isSortedAccordingTo(java.util.Comparator.comparing(fr.vodcompare.model.Normalise::text).reversed());

        TabPane tabs = robot.lookup("#history-lists").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableColumn<?, ?> year = robot.lookup("#history-changed").queryTableView().getColumns().get(1);
        assertThat(year.getMinWidth()).isGreaterThan(40);
        assertThat(year.getWidth()).isGreaterThanOrEqualTo(year.getMinWidth());
    }

    /** Found in the window: the chart's Export PNG said its platform was "chosen at the top of the Compare screen". */
    @Test
    void theChartsExportSaysItsPlatformWasChosenOnThisScreen(FxRobot robot) {
        robot.clickOn("#nav-history");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#chart-png-catalogue-changes").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#export-platforms").queryAs(Label.class).getText()).isEqualTo("Netflix");
        assertThat(robot.lookup("#export-dialog").queryAs(javafx.scene.Parent.class).lookupAll(".label").stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).toList())
                .contains("Chosen at the top of this screen (What changed).")
                .doesNotContain("Chosen at the top of the Compare screen.");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }
}
