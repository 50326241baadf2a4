package fr.vodcompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.chart.ChartService;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Compare screen's Export PNG dialog and Export all charts, in the window (work runs at once, see AppFixture). */
@ExtendWith(ApplicationExtension.class)
class ExportDialogsTest {
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

    private void openExportDialog(FxRobot robot, String chart) {
        robot.clickOn("#nav-compare");
        Button png = robot.lookup("#chart-png-" + chart).queryButton();
        robot.interact(png::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void exportsOneChartWithItsNewTitleAtTheSquareSizeTwiceOver(FxRobot robot) throws Exception {
        openExportDialog(robot, "audience-reach");
        TextField title = robot.lookup("#export-title").query();
        assertThat(title.getText()).isNotBlank();
        robot.interact(() -> title.setText("Netflix reaches more VOD users than Prime Video"));
        robot.clickOn("#export-size-1080x1080");
        robot.clickOn("#export-scale-2");
        assertThat(robot.lookup("#export-note").queryAs(Label.class).getText())
                .isEqualTo("The PNG will be 2,160 × 2,160 pixels.");
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.asked).extracting(p -> p.getFileName().toString()).containsExactly("audience-reach.png");
        BufferedImage image = ImageIO.read(app.asked.get(0).toFile());
        assertThat(image.getWidth()).isEqualTo(2160);
        assertThat(image.getHeight()).isEqualTo(2160);
        assertThat(robot.lookup("#export-dialog").tryQuery()).as("the dialog closed").isEmpty();
        assertThat(robot.lookup("#chart-status-audience-reach").queryAs(Label.class).getText())
                .isEqualTo("Saved audience-reach.png");
    }

    @Test
    void aCustomSizeThatIsNotANumberSaysSoAndCannotBeExported(FxRobot robot) {
        openExportDialog(robot, "catalogue-size");
        robot.clickOn("#export-width").eraseText(4).write("wide");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#export-size-problem").queryAs(Label.class).getText())
                .isEqualTo("Type the width and the height as whole numbers of pixels, for example 1600 and 900.");
        assertThat(robot.lookup("#export-run").queryButton().isDisabled()).isTrue();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#export-dialog").tryQuery()).isEmpty();
        assertThat(app.asked).isEmpty();
    }

    @Test
    void ctrlEOnCompareExportsEveryChartIntoTheFolderChosen(FxRobot robot) throws Exception {
        robot.clickOn("#nav-compare");
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#export-platforms").queryAs(Label.class).getText()).isEqualTo("Netflix, Prime Video");
        robot.clickOn("#export-all-run");
        WaitForAsyncUtils.waitForFxEvents();

        Path folder = dir.resolve("charts");
        assertThat(app.asked).containsExactly(folder);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactlyElementsOf(ChartService.ids().stream().map(id -> id + ".png").sorted().toList());
        }
        for (String id : ChartService.ids()) {
            BufferedImage image = ImageIO.read(folder.resolve(id + ".png").toFile());
            assertThat(image.getWidth()).as(id).isEqualTo(1200);
            assertThat(image.getHeight()).as(id).isEqualTo(675);
        }
        assertThat(robot.lookup("#export-all-outcome").queryAs(Label.class).getText())
                .isEqualTo(ChartService.ids().size() + " charts saved in " + folder + ".");
        robot.clickOn("#export-all-open");
        assertThat(app.links.opened).containsExactly(folder.toUri().toString());
    }
}
