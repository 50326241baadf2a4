package fr.vodcompare.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs work once a scene has drawn what it holds now, as {@link FirstFrame} counts it: two pulses after the next one
 * that lays the scene out (a pulse hands its frame to the renderer; the next pulse's synchronisation waits for it to be
 * painted); from the window's showing when it does not show yet; at once when the scene is in no window (no pulse
 * would come). FX thread only.
 */
final class FrameDrawn {
    /** Pulses from the next layout to the frame it laid out being painted (that pulse itself included). */
    static final int PULSES = 3;

    private final Scene scene;
    private final Runnable work;
    private final Runnable listener = this::pulse;
    private int pulses;

    private FrameDrawn(Scene scene, Runnable work) {
        this.scene = scene;
        this.work = work;
    }

    static void then(Scene scene, Runnable work) {
        if (scene == null || scene.getWindow() == null) {
            work.run();
            return;
        }
        FrameDrawn f = new FrameDrawn(scene, work);
        scene.addPostLayoutPulseListener(f.listener);
        if (scene.getWindow().isShowing()) {
            Platform.requestNextPulse();
        }
    }

    private void pulse() {
        if (pulses >= PULSES) {
            return;
        }
        if (++pulses < PULSES) {
            Platform.requestNextPulse();
            return;
        }
        // out of the scene's loop over its listeners
        Platform.runLater(() -> {
            scene.removePostLayoutPulseListener(listener);
            work.run();
        });
    }
}
