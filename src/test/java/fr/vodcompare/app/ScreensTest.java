package fr.vodcompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.model.Snapshot;
import fr.vodcompare.ui.shell.ShellViewModel.ScreenId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

@ExtendWith(ApplicationExtension.class)
class ScreensTest {
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

    @Test
    void everyScreenOpensFromTheNavigation(FxRobot robot) {
        for (ScreenId id : ScreenId.values()) {
            robot.clickOn("#nav-" + id.id());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#" + id.id()).tryQuery()).as(id.id()).isPresent();
            assertThat(robot.lookup("#nav-" + id.id()).queryAs(ToggleButton.class).isSelected()).isTrue();
        }
    }

    @Test
    void compareShowsNetflixAndPrimeVideoAndTakesAnotherPlatform(FxRobot robot) {
        robot.clickOn("#nav-compare");
        assertThat(robot.lookup("#figure-reach-netflix").lookup(".label").queryAs(Label.class).getText())
                .isEqualTo("63.8% of VOD consumers");
        assertThat(robot.lookup("#figure-reach-prime_video").lookup(".label").queryAs(Label.class).getText())
                .isEqualTo("39.8% of VOD consumers");
        assertThat(robot.lookup("#figure-reach-disney_plus").tryQuery()).isEmpty();
        robot.clickOn("#compare-platform-disney_plus");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#figure-reach-disney_plus").lookup(".label").queryAs(Label.class).getText())
                .isEqualTo("24.9% of VOD consumers");
    }

    @Test
    void aKeyFigureShowsOneFigureWithItsSourceAndTheOthersOnHover(FxRobot robot) {
        robot.clickOn("#nav-compare");
        Node spend = robot.lookup("#figure-spend-prime_video").query();
        assertThat(robot.from(spend).lookup(".key-figure-value").queryAs(Label.class).getText())
                .isIn("4.5 billion USD", "5 billion USD");
        assertThat(robot.from(spend).lookup(".key-figure-more").queryAs(Label.class).getText())
                .isEqualTo("and one other figure from another source (hover)");
    }

    @Test
    void compareDrawsEveryChartAndSavesOneAsAPng(FxRobot robot) throws Exception {
        robot.clickOn("#nav-compare");
        assertThat(robot.lookup(".chart-tile").queryAll()).hasSize(fr.vodcompare.chart.ChartService.ids().size());
        Button png = robot.lookup("#chart-png-audience-reach").queryButton();
        robot.interact(() -> png.fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.asked).extracting(p -> p.getFileName().toString()).containsExactly("audience-reach.png");
        byte[] bytes = Files.readAllBytes(app.asked.get(0));
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(app.asked.get(0).toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(675);
        assertThat(robot.lookup("#chart-status-audience-reach").queryAs(Label.class).getText())
                .isEqualTo("Saved audience-reach.png");
        Button csv = robot.lookup("#chart-csv-audience-reach").queryButton();
        robot.interact(() -> csv.fire());
        assertThat(Files.readString(app.asked.get(1))).contains("Netflix");
    }

    @Test
    void withNoPlatformChosenNoChartOffersAnExportOrPrintsAnEmptySourceLine(FxRobot robot) {
        robot.clickOn("#nav-compare");
        robot.clickOn("#compare-platform-netflix");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#compare-platform-prime_video");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".chart-tile").queryAll()).hasSize(fr.vodcompare.chart.ChartService.ids().size());
        for (String id : fr.vodcompare.chart.ChartService.ids()) {
            for (String button : new String[] {"#chart-png-", "#chart-copy-", "#chart-csv-"}) {
                assertThat(robot.lookup(button + id).queryButton().isDisabled()).as(button + id).isTrue();
            }
        }
        assertThat(robot.lookup("#compare-export-all").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup(".vc-source").queryAll()).isEmpty();
    }

    @Test
    void theColourPickerShowsTheSelectedPlatformsColour(FxRobot robot) {
        robot.clickOn("#nav-data");
        TableView<fr.vodcompare.ui.data.DataViewModel.PlatformRow> platforms = robot.lookup("#data-platforms").queryTableView();
        javafx.scene.control.ColorPicker picker = robot.lookup("#data-colour").queryAs(javafx.scene.control.ColorPicker.class);
        for (String id : List.of("prime_video", "netflix", "prime_video")) {
            var row = platforms.getItems().stream().filter(r -> r.platform().id().equals(id)).findFirst().orElseThrow();
            robot.interact(() -> platforms.getSelectionModel().select(row));
            assertThat(picker.getValue()).as(id).isEqualTo(javafx.scene.paint.Color.web(row.platform().colour()));
            assertThat(robot.lookup("#data-colour-code").queryAs(Label.class).getText()).isEqualTo(row.platform().colour().toUpperCase());
        }
    }

    @Test
    void originalsFilterByStatus(FxRobot robot) {
        robot.clickOn("#nav-originals");
        assertThat(robot.lookup("#originals-count").queryAs(Label.class).getText()).isEqualTo("27 originals");
        robot.clickOn("#originals-status-announced");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#originals-count").queryAs(Label.class).getText()).isEqualTo("8 originals");
        assertThat(robot.lookup(".original-released").tryQuery()).isEmpty();
        assertThat(robot.lookup(".original-announced").queryAll()).hasSize(8);
    }

    @Test
    void audienceChartIsExportedThroughTheDialogAsPublishedOnALightBackgroundEvenInDarkTheme(FxRobot robot) throws Exception {
        robot.interact(() -> javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()));
        robot.clickOn("#nav-audience");
        assertThat(robot.lookup("#audience-warning").queryAs(Label.class).getText()).contains("not a market share");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> metric = robot.lookup("#audience-metric").queryComboBox();
        robot.interact(() -> metric.getSelectionModel().select("subscribers"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#chart-audience-subscribers .vc-title").queryAs(Label.class).getText())
                .isEqualTo("Subscribers in France");
        robot.clickOn("#chart-png-audience-subscribers");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#export-title").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("Subscribers in France");
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.asked).extracting(p -> p.getFileName().toString()).containsExactly("audience-subscribers.png");
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(app.asked.get(0).toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(675);
        assertThat(new java.awt.Color(image.getRGB(4, 4)).getRed()).as("a light background").isGreaterThan(240);
        assertThat(new java.awt.Color(image.getRGB(1195, 670)).getGreen()).isGreaterThan(240);
        assertThat(robot.lookup("#chart-status-audience-subscribers").queryAs(Label.class).getText())
                .isEqualTo("Saved audience-subscribers.png");
    }

    @Test
    void hidingASeriesRemovesItsLineFromTheChartAndItsExport(FxRobot robot) {
        robot.clickOn("#nav-audience");
        javafx.scene.chart.LineChart<?, ?> chart = robot.lookup("#audience-chart .chart").query();
        int lines = chart.getData().size();
        robot.clickOn("#audience-series-prime_video");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.chart.LineChart<?, ?> now = robot.lookup("#audience-chart .chart").query();
        assertThat(now.getData()).hasSize(lines - 1);
        assertThat(now.getData()).extracting(javafx.scene.chart.XYChart.Series::getName).doesNotContain("Prime Video");
    }

    @Test
    void sourcesFilterAndOpenTheirLinks(FxRobot robot) {
        robot.clickOn("#nav-sources");
        assertThat(robot.lookup("#sources-count").queryAs(Label.class).getText()).isEqualTo("192 figures (of 192)");
        robot.clickOn("#sources-filter").write("IHS Markit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sources-count").queryAs(Label.class).getText()).isEqualTo("9 figures (of 192)");
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableRow<fr.vodcompare.model.Fact> row = robot.lookup("#sources-table .table-row-cell")
                .match(n -> ((javafx.scene.control.TableRow<?>) n).getItem() != null).query();
        fr.vodcompare.model.Fact fact = row.getItem();
        assertThat(row.getTooltip().getText()).as("the whole row, note included")
                .contains(fact.source().citation(), fact.note() == null ? "—" : fact.note(), "IHS Markit");
        Hyperlink link = robot.lookup("#sources-table").lookup(".hyperlink").query();
        robot.clickOn(link);
        assertThat(app.links.opened).hasSize(1);
        assertThat(app.links.opened.get(0)).startsWith("http");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.E)
                .release(javafx.scene.input.KeyCode.E, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.asked).extracting(p -> p.getFileName().toString()).containsExactly("figures.csv");
    }

    @Test
    void deletingACatalogueAsksFirstThenEveryScreenFollows(FxRobot robot) {
        robot.clickOn("#nav-data");
        TableView<Snapshot> snapshots = robot.lookup("#data-snapshots").queryTableView();
        assertThat(snapshots.getItems()).hasSize(3);
        robot.interact(() -> snapshots.getSelectionModel().select(snapshots.getItems().stream()
                .filter(x -> x.platformId().equals("prime_video")).findFirst().orElseThrow()));
        // the Data screen scrolls in a small window: press the button wherever it is scrolled to
        Button deleteCatalogue = robot.lookup(".button").match(n -> ((Button) n).getText().equals("Delete the catalogue…")).queryButton();
        javafx.application.Platform.runLater(deleteCatalogue::fire); // not interact(): the confirmation waits for an answer
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".button").match(n -> "Delete".equals(((Button) n).getText())).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(snapshots.getItems()).extracting(Snapshot::platformId).containsExactly("netflix", "netflix");
        robot.clickOn("#nav-catalogue");
        assertThat(robot.lookup("#catalogue-count").queryAs(Label.class).getText()).isEqualTo("8,807 matching titles (of 8,807)");
    }

    @Test
    void renamingAPlatformShowsEverywhere(FxRobot robot) {
        robot.clickOn("#nav-data");
        robot.clickOn(robot.lookup("#data-platforms").lookup(".table-row-cell").nth(0).queryAs(Node.class));
        robot.clickOn(robot.lookup(".button").match(n -> "Rename…".equals(((Button) n).getText())).queryButton());
        // the dialog names the platform as people know it, not its id
        assertThat(robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getHeaderText())
                .isEqualTo("New name of the platform \u201cNetflix\u201d");
        javafx.scene.control.TextField name = robot.lookup(".dialog-pane .text-field").query();
        robot.interact(() -> name.setText("Netflix France"));
        robot.clickOn(robot.lookup(".button").match(n -> "Rename".equals(((Button) n).getText())).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#data-status").queryAs(Label.class).getText()).isEqualTo("Renamed to Netflix France.");
        robot.clickOn("#nav-catalogue");
        assertThat(robot.lookup("#platform-netflix").queryAs(javafx.scene.control.CheckBox.class).getText())
                .isEqualTo("Netflix France (8,807)");
    }

    @Test
    void switchingToFrenchKeepsTheSearch(FxRobot robot) {
        robot.clickOn("#catalogue-search").write("lupin");
        robot.interact(() -> app.shell.languageProperty().set("fr"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#nav-originals").queryAs(ToggleButton.class).getText()).isEqualTo("Créations originales");
        assertThat(robot.lookup("#catalogue-count").queryAs(Label.class).getText()).matches("\\d+ titres trouvés \\(sur 18\u202F475\\)");
        assertThat(robot.lookup("#catalogue-search").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("lupin");
    }

    @Test
    void frenchLabelsOfTheNavigationAndTheYearColumnShowWhole(FxRobot robot) {
        robot.interact(() -> app.shell.languageProperty().set("fr"));
        WaitForAsyncUtils.waitForFxEvents();
        for (ScreenId id : ScreenId.values()) {
            ToggleButton b = robot.lookup("#nav-" + id.id()).queryAs(ToggleButton.class);
            javafx.scene.text.Text shown = robot.from(b).lookup(".text").query();
            assertThat(shown.getText()).as(id.id()).isEqualTo(b.getText());
        }
        robot.clickOn("#nav-originals");
        WaitForAsyncUtils.waitForFxEvents();
        ToggleButton originals = robot.lookup("#nav-originals").queryAs(ToggleButton.class);
        javafx.scene.text.Text selected = robot.from(originals).lookup(".text").query();
        assertThat(selected.getText()).as("in bold once selected").isEqualTo("Créations originales");
        robot.clickOn("#nav-catalogue");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#catalogue-table .column-header .label").queryAllAs(Label.class))
                .extracting(Label::getText).contains("Année");
        Label year = robot.lookup("#catalogue-table .column-header .label").match(n -> "Année".equals(((Label) n).getText()))
                .queryAs(Label.class);
        javafx.scene.text.Text yearShown = robot.from(year).lookup(".text").query();
        assertThat(yearShown.getText()).isEqualTo("Année");
    }
}
