package fr.vodcompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.ingest.CsvOptions;
import fr.vodcompare.ingest.FactsImporter;
import fr.vodcompare.testing.SpreadsheetSafety;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
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

/**
 * Every CSV the window writes (a chart's numbers, the catalogue, the originals, the sources), with Netflix renamed
 * and a figure's source named like spreadsheet formulas: a spreadsheet opening the file runs nothing.
 */
@ExtendWith(ApplicationExtension.class)
class CsvExportsTest {
    @TempDir
    Path dir;
    AppFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = AppFixture.start(stage, dir, "en", (store, d) -> {
            store.platforms().rename("netflix", SpreadsheetSafety.FORMULA);
            Path facts = Files.writeString(d.resolve("facts.csv"), "metric,platform,period,value,unit,source,source_url,note\n"
                    + "platform_reach_among_vod_consumers,netflix,2024-01,50,% of VOD consumers,\""
                    + SpreadsheetSafety.FORMULA.replace("\"", "\"\"") + "\",https://www.cnc.fr,\n", StandardCharsets.UTF_8);
            new FactsImporter(store).run(facts, CsvOptions.DEFAULT, false);
        });
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void ctrlE(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aChartsCsv(FxRobot robot) throws Exception {
        robot.clickOn("#nav-compare");
        Button csv = robot.lookup("#chart-csv-audience-reach").queryButton();
        robot.interact(csv::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.asked).extracting(p -> p.getFileName().toString()).containsExactly("audience-reach.csv");
        SpreadsheetSafety.assertInert(app.asked.get(0));
    }

    @Test
    void theCatalogue(FxRobot robot) throws Exception {
        robot.clickOn("#catalogue-search").write("lupin");
        WaitForAsyncUtils.waitForFxEvents();
        ctrlE(robot);
        assertThat(app.asked).hasSize(1);
        SpreadsheetSafety.assertInert(app.asked.get(0));
    }

    @Test
    void theOriginals(FxRobot robot) throws Exception {
        robot.clickOn("#nav-originals");
        ctrlE(robot);
        assertThat(app.asked).hasSize(1);
        SpreadsheetSafety.assertInert(app.asked.get(0));
    }

    @Test
    void theSources(FxRobot robot) throws Exception {
        robot.clickOn("#nav-sources");
        ctrlE(robot);
        assertThat(app.asked).hasSize(1);
        SpreadsheetSafety.assertInert(app.asked.get(0));
    }
}
