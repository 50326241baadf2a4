package fr.vodcompare.app;

import fr.vodcompare.ui.PngImages;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures for a person to look at: every screen in French and English, light and dark, at 1024 × 700 and
 * 1280 × 800 ({@code SCREEN-LANG-THEME-WxH.png}), and the dialogs (import, report, About); off unless
 * {@code -Dvodcompare.screens=DIR} is given ({@code scripts/screenshots.sh} runs it). Not a check: the other tests check.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "vodcompare.screens", matches = ".+")
class ScreenshotsTest {
    @TempDir
    Path dir;
    AppFixture app;
    Stage stage;
    final Path out = Path.of(System.getProperty("vodcompare.screens", "target/screens"));

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = AppFixture.start(stage, dir, System.getProperty("vodcompare.screens.lang", "fr"));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void save(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Files.createDirectories(out);
        List<Window> windows = robot.listTargetWindows().stream().filter(w -> w instanceof Stage && w.isShowing()).toList();
        Window top = windows.stream().filter(w -> w != stage).reduce((a, b) -> b).orElse(stage);
        Scene scene = top.getScene();
        fr.vodcompare.chart.ChartImage[] holder = new fr.vodcompare.chart.ChartImage[1];
        robot.interact(() -> holder[0] = PngImages.snapshot(scene.getRoot(), 1));
        fr.vodcompare.chart.PngWriter.write(holder[0], out.resolve(name + "-" + System.getProperty("vodcompare.screens.lang", "fr") + ".png"));
    }

    @Test
    void everyScreenInBothLanguagesThemesAndSizes(FxRobot robot) throws Exception {
        for (String lang : java.util.List.of("fr", "en")) {
            robot.interact(() -> app.shell.languageProperty().set(lang));
            for (boolean dark : new boolean[] {false, true}) {
                robot.interact(() -> javafx.application.Application.setUserAgentStylesheet(dark
                        ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()
                        : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
                for (double[] size : new double[][] {{1024, 700}, {1280, 800}}) {
                    robot.interact(() -> {
                        stage.setWidth(size[0]);
                        stage.setHeight(size[1]);
                    });
                    for (fr.vodcompare.ui.shell.ShellViewModel.ScreenId id : fr.vodcompare.ui.shell.ShellViewModel.ScreenId.values()) {
                        robot.interact(() -> app.shell.screenProperty().set(id));
                        WaitForAsyncUtils.waitForFxEvents();
                        shoot(robot, String.format(java.util.Locale.ROOT, "%s-%s-%s-%.0fx%.0f", id.id(), lang,
                                dark ? "dark" : "light", size[0], size[1]));
                    }
                }
            }
        }
    }

    private void shoot(FxRobot robot, String name) throws Exception {
        Files.createDirectories(out);
        fr.vodcompare.chart.ChartImage[] holder = new fr.vodcompare.chart.ChartImage[1];
        robot.interact(() -> holder[0] = PngImages.snapshot(stage.getScene().getRoot(), 1));
        fr.vodcompare.chart.PngWriter.write(holder[0], out.resolve(name + ".png"));
    }

    @Test
    void importDialog(FxRobot robot) throws Exception {
        Path file = dir.resolve("excel_fr.csv");
        Files.writeString(file, "show_id;type;titre;pays;date d’ajout;année\r\n"
                + "x1;Movie;Amélie;France;September 25, 2021;2001\r\nx2;TV Show;Dix pour cent;France;;2015\r\n"
                + "x3;Movie;La Haine;France;June 1, 2020;1995\r\nx4;Movie;Odd;France;someday;1995\r\n", Charset.forName("windows-1252"));
        robot.interact(() -> app.context.openImport(stage, app.window.messages(), null, file));
        save(robot, "import-preview");
        robot.clickOn(robot.lookup("#import-platform").queryComboBox().getEditor()).write("mubi");
        save(robot, "import-ready");
        robot.clickOn("#import-run");
        save(robot, "import-report");
    }

    @Test
    void replaceQuestionThenReport(FxRobot robot) throws Exception {
        Path first = dir.resolve("mubi_march.csv");
        Files.writeString(first, "show_id,type,title,release_year,date_added\nm1,Movie,Amélie,2001,2024-03-01\n"
                + "m2,Movie,Caché,2005,2024-02-01\nm3,TV Show,Dix pour cent,2015,2024-01-01\n");
        new fr.vodcompare.ingest.CatalogueImporter(app.store).run(new fr.vodcompare.ingest.CatalogueImport(first, "mubi", "MUBI",
                null, "FR", fr.vodcompare.ingest.CsvOptions.DEFAULT, false), fr.vodcompare.ingest.ImportProgress.NONE);
        Path again = dir.resolve("mubi_again.csv");
        Files.writeString(again, "show_id,type,title,release_year,date_added\nm1,Movie,Amélie,2001,2024-03-01\n");
        robot.interact(() -> app.context.openImport(stage, app.window.messages(), false, again));
        robot.clickOn(robot.lookup("#import-platform").queryComboBox().getEditor()).write("mubi");
        robot.clickOn("#import-run");
        save(robot, "import-replace-question");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> ((javafx.scene.control.Button) n).isDefaultButton() == false
                && !((javafx.scene.control.Button) n).isCancelButton()).queryButton());
        save(robot, "import-replace-report");
    }

    @Test
    void aboutDialog(FxRobot robot) throws Exception {
        robot.interact(() -> javafx.application.Platform.runLater(() -> new AboutDialog(stage, app.window.messages(),
                app.store.database().file(), Path.of("/home/user/.local/share/vodcompare/vodcompare.log"), app.links).show()));
        save(robot, "about");
    }
}
