package fr.vodcompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.ingest.CatalogueImport;
import fr.vodcompare.ingest.CatalogueImporter;
import fr.vodcompare.ingest.CsvOptions;
import fr.vodcompare.ingest.ImportProgress;
import fr.vodcompare.testing.TestStores;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Import of a catalogue whose platform, date and territory hold one already: the window asks first. */
@ExtendWith(ApplicationExtension.class)
class ImportReplaceDialogTest {
    @TempDir
    Path dir;
    AppFixture app;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = AppFixture.start(stage, dir, "en");
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void answeringNoWritesNothing(FxRobot robot) throws Exception {
        Path first = TestStores.write(dir, "mubi-march.csv", "show_id,type,title,release_year,date_added\n"
                + "m1,Movie,Amélie,2001,2024-03-01\nm2,Movie,Caché,2005,2024-02-01\nm3,TV Show,Dix pour cent,2015,2024-01-01\n");
        new CatalogueImporter(app.store).run(new CatalogueImport(first, "mubi", "MUBI", null, "FR", CsvOptions.DEFAULT, false),
                ImportProgress.NONE);
        String before = TestStores.contentDigest(app.store);
        Path second = TestStores.write(dir, "mubi-again.csv", "show_id,type,title,release_year,date_added,country\n"
                + "m1,Movie,Amélie,2001,2024-03-01,France\n");
        robot.interact(() -> app.context.openImport(stage, app.window.messages(), false, second));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#import-platform").queryComboBox().getEditor()).write("mubi");
        robot.clickOn("#import-territory").write("FR");
        robot.clickOn("#import-run");
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(question.getHeaderText()).isEqualTo("Replace MUBI as of 1 Mar 2024 (3 titles)?");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> "Cancel".equals(((Button) n).getText())).queryButton());
        WaitForAsyncUtils.waitForFxEvents();

        String outcome = robot.lookup("#import-outcome").queryAs(TextArea.class).getText();
        assertThat(outcome).contains("Nothing was imported").contains("3 titles").contains("Nothing was changed");
        assertThat(TestStores.contentDigest(app.store)).isEqualTo(before);
        assertThat(app.store.catalogue().find("mubi", LocalDate.of(2024, 3, 1), "FR").orElseThrow().titleCount()).isEqualTo(3);
    }
}
