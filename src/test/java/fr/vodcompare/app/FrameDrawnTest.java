package fr.vodcompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Work that waits for the window to have drawn what it shows: the pulses that paint it first, never before. */
@ExtendWith(ApplicationExtension.class)
class FrameDrawnTest {
    Stage stage;
    Scene scene;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        scene = new Scene(new StackPane(new Label("Lupin")), 300, 200);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void runsAfterTheFramePulsesAndNotBefore(FxRobot robot) throws Exception {
        AtomicInteger pulses = new AtomicInteger();
        AtomicInteger pulsesWhenRun = new AtomicInteger(-1);
        robot.interact(() -> {
            scene.addPostLayoutPulseListener(pulses::incrementAndGet);
            FrameDrawn.then(scene, () -> pulsesWhenRun.set(pulses.get()));
            assertThat(pulsesWhenRun).as("not at once").hasValue(-1);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pulsesWhenRun.get() >= 0);
        assertThat(pulsesWhenRun.get()).isGreaterThanOrEqualTo(FrameDrawn.PULSES);
    }

    @Test
    void aWindowNotShownYetIsWaitedFor(FxRobot robot) throws Exception {
        AtomicInteger runs = new AtomicInteger();
        Stage[] other = new Stage[1];
        robot.interact(() -> {
            other[0] = new Stage();
            other[0].setScene(new Scene(new StackPane(new Label("Amélie")), 200, 100));
            FrameDrawn.then(other[0].getScene(), runs::incrementAndGet);
        });
        for (int i = 0; i < 5; i++) {
            robot.interact(Platform::requestNextPulse);
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
        }
        assertThat(runs).as("no frame drawn yet").hasValue(0);
        robot.interact(() -> other[0].show());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> runs.get() == 1);
        robot.interact(() -> other[0].hide());
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        assertThat(runs).as("once").hasValue(1);
    }

    @Test
    void aSceneInNoWindowRunsItAtOnce(FxRobot robot) {
        AtomicInteger runs = new AtomicInteger();
        robot.interact(() -> {
            FrameDrawn.then(new Scene(new StackPane()), runs::incrementAndGet);
            assertThat(runs).hasValue(1);
        });
    }
}
