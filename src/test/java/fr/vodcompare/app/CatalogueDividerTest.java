package fr.vodcompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.geometry.Orientation;
import javafx.scene.Node;
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
            stage.setWidth(w);
            stage.setHeight(h);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { });
    }

    @Test
    void theDetailKeepsItsShareBelowTheTableAndItsWidthBesideIt(FxRobot robot) {
        robot.clickOn("#nav-catalogue");
        SplitPane split = robot.lookup("#catalogue-split").queryAs(SplitPane.class);
        Node detail = split.getItems().get(1);
        assertThat(split.getOrientation()).isEqualTo(Orientation.VERTICAL);
        for (double h : new double[] {1000, 760, 900}) {
            resize(robot, 1024, h);
            assertThat(split.getDividerPositions()[0]).as("height %s", h).isCloseTo(0.6, Offset.offset(0.02));
        }
        resize(robot, 1300, 800);
        assertThat(split.getOrientation()).isEqualTo(Orientation.HORIZONTAL);
        double narrow = detail.getBoundsInParent().getWidth();
        resize(robot, 1800, 900);
        assertThat(detail.getBoundsInParent().getWidth()).isCloseTo(narrow, Offset.offset(12.0));
        resize(robot, 1400, 800);
        assertThat(split.getOrientation()).isEqualTo(Orientation.HORIZONTAL);
        assertThat(detail.getBoundsInParent().getWidth()).isCloseTo(narrow, Offset.offset(12.0));
    }
}
