package fr.vodcompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.store.TitleBrowseQueries.Row;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
class CatalogueScreenTest {
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

    private TableView<Row> table(FxRobot robot) {
        return robot.lookup("#catalogue-table").queryTableView();
    }

    private String count(FxRobot robot) {
        return robot.lookup("#catalogue-count").queryAs(Label.class).getText();
    }

    @Test
    void opensOnEveryTitle(FxRobot robot) {
        assertThat(count(robot)).isEqualTo("18,475 matching titles (of 18,475)");
        assertThat(table(robot).getItems()).hasSize(18_475);
        assertThat(table(robot).getItems().get(0)).isNotNull();
    }

    /**
     * End on the table shows and selects the last title (read backwards from the end of the list, not after a walk of
     * the whole list), with its detail; Home the first again.
     */
    @Test
    void endSelectsTheLastTitleWithItsDetailAndHomeTheFirst(FxRobot robot) throws Exception {
        TableView<Row> t = table(robot);
        // the list's order at first: by normalised title, then id; its last title, of every current catalogue
        long lastId = app.context.store().database().read(c -> {
            try (var ps = c.prepareStatement("SELECT t.id FROM title t WHERE t.id IN (SELECT p.title_id FROM title_presence p "
                    + "JOIN snapshot s ON s.platform_id = p.platform_id AND s.territory = p.territory AND p.last_seen = s.as_of "
                    + "WHERE s.id IN (SELECT x.id FROM snapshot x WHERE x.as_of = (SELECT MAX(y.as_of) FROM snapshot y "
                    + "WHERE y.platform_id = x.platform_id))) ORDER BY t.norm_name DESC, t.id DESC LIMIT 1");
                 var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        robot.clickOn(".table-row-cell");
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        int end = t.getItems().size() - 1;
        assertThat(t.getSelectionModel().getSelectedIndex()).isEqualTo(end);
        Row selected = t.getSelectionModel().getSelectedItem();
        assertThat(selected).isNotNull().isEqualTo(t.getItems().get(end));
        assertThat(selected.title().id()).isEqualTo(lastId);
        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText()).isEqualTo(selected.title().name());
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(t.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText()).isEqualTo(t.getItems().get(0).title().name());
    }

    @Test
    void typingLupinFindsLupinOnNetflixAndShowsWhereItIs(FxRobot robot) {
        robot.clickOn("#catalogue-search").write("lupin");
        WaitForAsyncUtils.waitForFxEvents();
        Row first = table(robot).getItems().get(0);
        assertThat(first.title().name()).isEqualTo("Lupin");
        assertThat(first.platformName()).isEqualTo("Netflix");
        assertThat(count(robot)).matches("\\d+ matching titles \\(of 18,475\\)");
        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText()).isEqualTo("Lupin");
        assertThat(robot.lookup(".platform-chip").queryAs(Label.class).getText()).isEqualTo("Netflix");
    }

    @Test
    void lupinNamesWhereEachTitleMatchedAndDirectorSearchesOneField(FxRobot robot) {
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableColumn<Row, String> matched = (javafx.scene.control.TableColumn<Row, String>) table(robot)
                .getColumns().stream().filter(c -> "catalogue-matched".equals(c.getId())).findFirst().orElseThrow();
        assertThat(matched.isVisible()).isFalse();
        robot.clickOn("#catalogue-search").write("lupin");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(matched.isVisible()).isTrue();
        var items = table(robot).getItems();
        assertThat(matched.getCellData(items.get(0))).isEqualTo("Title");
        assertThat(items.stream().map(matched::getCellData).toList()).contains("Director").endsWith("Director");
        robot.interact(() -> robot.lookup("#catalogue-search").queryAs(TextField.class).setText("director: lupino"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems()).isNotEmpty().allSatisfy(r -> assertThat(matched.getCellData(r)).isEqualTo("Director"));
    }

    @Test
    void whereATitleMatchedSitsOnItsRowAsTheOtherCellsDo(FxRobot robot) {
        robot.clickOn("#catalogue-search").write("lupin");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Row> t = table(robot);
        javafx.scene.control.TableCell<?, ?> title = firstRowCell(robot, t.getColumns().get(0));
        javafx.scene.control.TableCell<?, ?> matched = firstRowCell(robot, t.getColumns().stream()
                .filter(c -> "catalogue-matched".equals(c.getId())).findFirst().orElseThrow());
        assertThat(matched.getText()).isEqualTo("Title");
        assertThat(textTop(matched)).as("top of the text of 'Matched in'").isCloseTo(textTop(title), org.assertj.core.data.Offset.offset(0.5));
    }

    private static javafx.scene.control.TableCell<?, ?> firstRowCell(FxRobot robot, javafx.scene.control.TableColumn<?, ?> column) {
        return robot.lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> c.getIndex() == 0 && c.getTableColumn() == column && c.getText() != null).findFirst().orElseThrow();
    }

    private static double textTop(javafx.scene.control.TableCell<?, ?> cell) {
        javafx.scene.Node text = cell.lookup(".text");
        return text.localToScene(text.getBoundsInLocal()).getMinY();
    }

    @Test
    void aTitleNetflixListsTwiceNamesNetflixOnceUnderAvailableOn(FxRobot robot) {
        robot.clickOn("#catalogue-search").write("love in a puff");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Row> t = table(robot);
        assertThat(t.getItems().stream().filter(r -> r.title().name().equalsIgnoreCase("Love in a Puff") && r.title().releaseYear() == 2010)
                .filter(r -> r.title().platformId().equals("netflix")).count()).isGreaterThanOrEqualTo(2);
        robot.interact(() -> t.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText()).isEqualToIgnoringCase("Love in a Puff");
        assertThat(robot.lookup(".platform-chip").queryAllAs(Label.class)).extracting(Label::getText).containsExactly("Netflix");
    }

    @Test
    void theScopeOfTheDataIsAboveTheTableAndInTheDetail(FxRobot robot) {
        String scope = robot.lookup("#catalogue-scope").queryAs(Label.class).getText();
        assertThat(scope).startsWith("Data listed: Netflix, Kaggle: Netflix Movies and TV Shows (Shivam Bansal, CC0 1.0), as of ")
                .contains("territory not stated (likely US)", "Prime Video, Kaggle: Amazon Prime Movies and TV Shows");
        robot.clickOn("#catalogue-search").write("lupin");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".title-detail .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Date added to Netflix (territory not stated (likely US))", "Catalogue file");
    }

    @Test
    void hidingAPlatformNarrowsTheCount(FxRobot robot) {
        robot.clickOn("#platform-prime_video");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#platform-prime_video").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(count(robot)).isEqualTo("8,807 matching titles (of 18,475)");
        assertThat(table(robot).getItems().get(0).platformName()).isEqualTo("Netflix");
    }

    @Test
    void aReleaseYearRangeNarrowsTheCount(FxRobot robot) {
        TextField from = robot.lookup(".text-field").match(n -> "from".equals(((TextField) n).getPromptText())).query();
        robot.clickOn(from).write("2021");
        WaitForAsyncUtils.waitForFxEvents();
        var items = table(robot).getItems();
        assertThat(items.size()).isBetween(1, 18_474);
        assertThat(count(robot)).isEqualTo(String.format(java.util.Locale.ENGLISH, "%,d matching titles (of 18,475)", items.size()));
        // the rows are loaded page by page as they are read (at once here): the first pages and the last row
        List<Row> read = new java.util.ArrayList<>(items.subList(0, Math.min(300, items.size())));
        read.add(items.get(items.size() - 1));
        assertThat(read).allSatisfy(r -> assertThat(r.title().releaseYear()).isNotNull().isGreaterThanOrEqualTo(2021));
    }

    @Test
    void franceSaysHowManyPrimeVideoTitlesItLeavesOutForWantOfACountry(FxRobot robot) {
        Label blanks = robot.lookup("#catalogue-blanks").queryAs(Label.class);
        assertThat(blanks.isVisible()).isFalse();
        javafx.scene.control.ComboBox<Object> origin = robot.lookup(".combo-box").match(n -> ((javafx.scene.control.ComboBox<?>) n)
                .getItems().contains(fr.vodcompare.store.TitleFilter.Origin.FRANCE)).query();
        robot.interact(() -> origin.setValue(fr.vodcompare.store.TitleFilter.Origin.FRANCE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(blanks.isVisible()).isTrue();
        assertThat(blanks.getText()).startsWith("Left out because").containsPattern("Prime Video [\\d,]+ titles \\(no production country\\)");
    }

    @Test
    void ctrlFPutsTheFocusInTheSearchFromAnotherScreen(FxRobot robot) {
        robot.clickOn("#nav-sources");
        robot.clickOn("#nav-catalogue");
        robot.clickOn("#catalogue-table");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#catalogue-search").queryAs(TextField.class).isFocused()).isTrue();
    }

    /** A screen's shortcut while the navigation has the focus: the focus goes with the screen, one screen looks chosen. */
    @Test
    void theFocusOfTheNavigationFollowsAScreenChosenByItsShortcut(FxRobot robot) {
        robot.clickOn("#nav-catalogue");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ToggleButton compare = robot.lookup("#nav-compare").queryAs(javafx.scene.control.ToggleButton.class);
        assertThat(compare.isSelected()).isTrue();
        assertThat(compare.isFocused()).as("the focus left the catalogue's button").isTrue();
    }

    @Test
    void ctrlEExportsTheMatchingTitles(FxRobot robot) throws Exception {
        robot.clickOn("#catalogue-search").write("lupin");
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.asked).hasSize(1);
        var lines = Files.readAllLines(app.asked.get(0), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(table(robot).getItems().size() + 1);
        assertThat(lines.get(1)).startsWith("Netflix,s735,series,Lupin,");
    }

    private void clickHeader(FxRobot robot, String name) {
        robot.clickOn(robot.lookup("#catalogue-table .column-header .label").match(n -> name.equals(((Label) n).getText()))
                .queryAs(Label.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private java.util.List<Integer> years(FxRobot robot, int from, int to) {
        return table(robot).getItems().subList(from, to).stream().map(r -> r.title().releaseYear()).toList();
    }

    @Test
    void aClickedHeaderKeepsItsOrderAfterTheNextSearch(FxRobot robot) {
        clickHeader(robot, "Year");
        robot.clickOn("#catalogue-search").write("love");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(years(robot, 0, 40)).isSorted();
        assertThat(table(robot).getSortOrder()).extracting(c -> c.getText()).containsExactly("Year");
        assertThat(app.context.saveInto(Settings.DEFAULT).catalogue().sortKey()).isEqualTo("YEAR");
    }

    @Test
    void aSecondClickSortsDescendingAndTheOrderHoldsAcrossFiltersAndPages(FxRobot robot) {
        clickHeader(robot, "Year");
        clickHeader(robot, "Year");
        robot.clickOn("#platform-prime_video");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#catalogue-search").write("the");
        WaitForAsyncUtils.waitForFxEvents();
        int n = table(robot).getItems().size();
        assertThat(n).isGreaterThan(450);
        java.util.List<Integer> years = new java.util.ArrayList<>(years(robot, 0, 450));
        assertThat(years).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(years.get(0)).isGreaterThan(years.get(449));
        assertThat(table(robot).getSortOrder().get(0).getSortType()).isEqualTo(javafx.scene.control.TableColumn.SortType.DESCENDING);
        var saved = app.context.saveInto(Settings.DEFAULT).catalogue();
        assertThat(saved.sortKey()).isEqualTo("YEAR");
        assertThat(saved.ascending()).isFalse();
    }

    @Test
    void theTitleColumnSortsByTitleBothWays(FxRobot robot) {
        robot.clickOn("#catalogue-search").write("lupin");
        WaitForAsyncUtils.waitForFxEvents();
        clickHeader(robot, "Title");
        clickHeader(robot, "Title");
        robot.clickOn("#catalogue-search").write("o");
        WaitForAsyncUtils.waitForFxEvents();
        var names = table(robot).getItems().stream().map(r -> r.title().name().toLowerCase(java.util.Locale.ROOT)).toList();
        assertThat(names).hasSizeGreaterThan(1).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }
}
