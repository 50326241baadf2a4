package fr.vodcompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {
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

    private void open(FxRobot robot, Path file) {
        robot.interact(() -> app.context.openImport(stage, app.window.messages(), null, file));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * On a 1024 × 700 screen the dialog is 652 pixels high: once the import is over, its report and buttons are inside it
     * (the preview gives them its room; they were pushed below its edge), and "Import another file" brings the preview back.
     */
    @Test
    void inASmallDialogTheReportAndItsButtonsAreInsideIt(FxRobot robot) throws Exception {
        Path file = dir.resolve("mubi.csv");
        Files.writeString(file, "show_id,type,title,release_year,country\nm1,Movie,Amélie,2001,France\n");
        open(robot, file);
        javafx.stage.Window dialog = robot.lookup("#import-run").query().getScene().getWindow();
        robot.interact(() -> {
            dialog.setWidth(980);
            dialog.setHeight(652);
        });
        robot.clickOn(robot.lookup("#import-platform").queryComboBox().getEditor()).write("mubi");
        robot.clickOn("#import-run");
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : java.util.List.of("#import-outcome", "#import-close")) {
            javafx.scene.Node n = robot.lookup(id).query();
            assertThat(n.isVisible()).as(id).isTrue();
            assertThat(n.localToScene(n.getBoundsInLocal()).getMaxY()).as(id + " within the dialog")
                    .isLessThanOrEqualTo(n.getScene().getHeight());
        }
        assertThat(robot.lookup("#import-preview").query().getParent().isVisible()).as("the preview's pane").isFalse();
        robot.clickOn("Import another file");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#import-preview").query().getParent().isVisible()).as("the preview's pane").isTrue();
    }

    /** A date typed as the README writes them (2020-01-01), then a click elsewhere, dates the snapshot: it was ignored. */
    @Test
    void aDateTypedInTheDateFieldIsTakenWhenTheFieldLosesFocus(FxRobot robot) throws Exception {
        Path file = dir.resolve("mubi.csv");
        Files.writeString(file, "show_id,type,title,release_year,country,date_added\nm1,Movie,Amélie,2001,France,2021-09-25\n");
        open(robot, file);
        robot.clickOn(robot.lookup("#import-platform").queryComboBox().getEditor()).write("mubi");
        robot.clickOn(robot.lookup("#import-as-of").queryAs(javafx.scene.control.DatePicker.class).getEditor()).write("2020-01-01");
        robot.clickOn("#import-territory").write("FR");
        robot.clickOn("#import-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#import-outcome").queryAs(TextArea.class).getText()).contains("as of 1 Jan 2020");
        assertThat(app.context.store().history().snapshots("mubi")).singleElement()
                .satisfies(s -> assertThat(s.asOf()).isEqualTo(java.time.LocalDate.of(2020, 1, 1)));
    }

    @Test
    void theReportsWarningsAreInTheWindowsLanguage(FxRobot robot) throws Exception {
        robot.interact(() -> app.shell.languageProperty().set("fr"));
        Path file = dir.resolve("mubi.csv");
        Files.writeString(file, "show_id,type,title,release_year,country\nm1,Movie,Amélie,2001,France\nm3,Movie,Odd one,20O1,France\n");
        open(robot, file);
        robot.clickOn(robot.lookup("#import-platform").queryComboBox().getEditor()).write("mubi");
        robot.clickOn("#import-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#import-outcome").queryAs(TextArea.class).getText())
                .contains("ligne 3 : release_year « 20O1 » n’est pas une année ; laissé vide");
    }

    /** A file the preview refuses, and one the import refuses, say why in French in a French window, never in English. */
    @Test
    void aRefusedFileSaysWhyInTheWindowsLanguage(FxRobot robot) throws Exception {
        robot.interact(() -> app.shell.languageProperty().set("fr"));
        Path rows = dir.resolve("rows.csv");
        Files.writeString(rows, "show_id,type,title\ns1,Movie,One\ns2,Movie,Two,Three\n");
        open(robot, rows);
        assertThat(robot.lookup("#import-preview-problem").queryAs(Label.class).getText()).isEqualTo("Le fichier n’a pas pu être "
                + "importé : ligne 3 : cette ligne a 4 champs, attendu : 3 comme dans l’en-tête ; le champ 4 contient « Three » "
                + "(vérifiez les guillemets de cette ligne ou de la précédente).");
        assertThat(robot.lookup("#import-check").queryAs(Label.class).getText()).as("said once, above the preview").isEmpty();
        assertThat(robot.lookup("#import-preview-empty").queryAs(Label.class).getText())
                .isEqualTo("Pas d’aperçu : le fichier est refusé, pour la raison donnée au-dessus.");
        assertThat(robot.lookup("#import-run").queryButton().isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#import-close").queryButton().fire());
        Path range = dir.resolve("range.csv");
        Files.writeString(range, "metric,platform,period,value,unit,source\nspend,Netflix,2020,8-7,bn USD,press\n");
        open(robot, range);
        robot.clickOn("#import-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#import-outcome").queryAs(TextArea.class).getText())
                .startsWith("Le fichier n’a pas pu être importé : ligne 2 : la fourchette « 8-7 » descend ; attendu : bas-haut, "
                        + "comme 7-8.")
                .doesNotContain("goes down");
        assertThat(app.store.facts().all()).hasSize(192);
    }

    @Test
    void previewsThenImportsACatalogueAndReports(FxRobot robot) throws Exception {
        Path file = dir.resolve("mubi.csv");
        Files.writeString(file, "show_id,type,title,release_year,country\nm1,Movie,Amélie,2001,France\n"
                + "m2,TV Show,Dix pour cent,2015,France\nm3,Movie,Odd one,20O1,France\n");
        open(robot, file);
        TableView<?> preview = robot.lookup("#import-preview").queryTableView();
        assertThat(preview.getItems()).hasSize(3);
        assertThat(robot.lookup("#import-check").queryAs(Label.class).getText()).contains("platform id");
        ComboBox<?> platform = robot.lookup("#import-platform").queryComboBox();
        robot.clickOn(platform.getEditor()).write("mubi");
        robot.clickOn("#import-run");
        WaitForAsyncUtils.waitForFxEvents();
        String outcome = robot.lookup("#import-outcome").queryAs(TextArea.class).getText();
        assertThat(outcome).startsWith("3 rows read, 3 imported: 3 new").contains("1 warning").contains("line 4");
        robot.clickOn("#import-close");
        robot.clickOn("#catalogue-search").write("amelie");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#catalogue-table").queryTableView().getItems()).isNotEmpty();
        assertThat(robot.lookup("#platform-mubi").tryQuery()).as("the new platform is a filter").isPresent();
    }

    @Test
    void aBrokenFileSaysWhyAndChangesNothing(FxRobot robot) throws Exception {
        Path file = dir.resolve("broken.csv");
        Files.writeString(file, "metric,platform,period,value,unit,source\nsubscribers,Netflix,2030,1,million,\n");
        open(robot, file);
        robot.clickOn("#import-run");
        WaitForAsyncUtils.waitForFxEvents();
        String outcome = robot.lookup("#import-outcome").queryAs(TextArea.class).getText();
        assertThat(outcome).contains("line 2").contains("empty source").contains("Nothing was changed");
        assertThat(app.store.facts().all()).hasSize(192);
    }
}
