package fr.vodcompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The catalogue's divider between the table and the detail follows the window as it is resized. */
@ExtendWith(ApplicationExtension.class)
class CatalogueDividerTest {
    @TempDir
    Path dir;
    AppFixture app;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = AppFixture.start(stage, dir, "en", 1024, 700);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void resize(FxRobot robot, double w, double h) {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(w);
            stage.setHeight(h);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { });
    }

    @Test
    void theDetailKeepsItsShareBelowTheTableWhenTheWindowChanges(FxRobot robot) {
        robot.clickOn("#nav-catalogue");
        SplitPane split = robot.lookup("#catalogue-split").queryAs(SplitPane.class);
        assertThat(split.getOrientation()).isEqualTo(Orientation.VERTICAL);
        // the headless screen is 1280 × 800: the window stays within it (a larger one overflows Monocle's buffer)
        for (double[] size : new double[][] {{1024, 800}, {1100, 720}, {1024, 780}, {1200, 760}}) {
            resize(robot, size[0], size[1]);
            assertThat(split.getOrientation()).isEqualTo(Orientation.VERTICAL);
            assertThat(split.getDividerPositions()[0]).as("%s × %s", size[0], size[1]).isCloseTo(0.6, Offset.offset(0.02));
        }
    }
}
