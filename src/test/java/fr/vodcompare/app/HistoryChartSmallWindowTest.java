package fr.vodcompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.ingest.CatalogueImport;
import fr.vodcompare.ingest.CatalogueImporter;
import fr.vodcompare.ingest.CsvOptions;
import fr.vodcompare.ingest.ImportProgress;
import fr.vodcompare.testing.TestStores;
import fr.vodcompare.ui.shell.ShellViewModel.ScreenId;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.chart.XYChart;
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
 * Found in the window: with a third Netflix catalogue imported, What changed's chart at 1024 × 700 was a line: the two
 * steps' labels ("Netflix: 30 November 2019 → 25 September 2021") no longer fitted side by side, JavaFX turned them
 * upright and the axis took the plot's height; and in French the texts (a two-line title, four notes) took most of the
 * tile's 560 px. The labels now go on two lines, and the tile grows past its height rather than squash its plot (94 px
 * without). Three steps and more at this width are still turned upright.
 */
@ExtendWith(ApplicationExtension.class)
class HistoryChartSmallWindowTest {
    /** Steps between the Netflix catalogues: the bundled 2019 and 2021 ones, then one in January 2022. */
    static final int STEPS = 2;

    @TempDir
    Path dir;
    AppFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = AppFixture.start(stage, dir, "fr", (store, d) -> {
            for (int month = 1; month <= STEPS - 1; month++) { // a catalogue a month after the bundled two
                Path file = TestStores.write(d, "n" + month + ".csv", "show_id,type,title,release_year\nx1,Movie,Lupin,2021\n");
                new CatalogueImporter(store).run(new CatalogueImport(file, "netflix", null, LocalDate.of(2022, month, 28), null,
                        CsvOptions.DEFAULT, false), ImportProgress.NONE);
            }
        }, SmallWindowTest.W, SmallWindowTest.H);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theChartOfTwoStepsKeepsItsLabelsUnderItAndAReadablePlotInBothLanguages(FxRobot robot) {
        for (String lang : new String[] {"fr", "en"}) {
            robot.interact(() -> {
                app.shell.languageProperty().set(lang);
                app.shell.screenProperty().set(ScreenId.HISTORY);
            });
            WaitForAsyncUtils.waitForFxEvents();
            XYChart<?, ?> chart = robot.lookup("#" + ScreenId.HISTORY.id()).query().lookupAll(".chart").stream()
                    .filter(n -> n instanceof XYChart<?, ?>).map(n -> (XYChart<?, ?>) n).findFirst().orElseThrow();
            assertThat(chart.getData().get(0).getData()).as(lang + ": the steps").hasSize(STEPS);
            double axis = chart.getXAxis().getHeight();
            assertThat(axis).as(lang + ": the steps' axis").isLessThan(80);
            assertThat(chart.getHeight() - axis).as(lang + ": the plot").isGreaterThan(150);
        }
    }
}
