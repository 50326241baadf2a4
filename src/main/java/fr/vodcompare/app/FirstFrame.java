package fr.vodcompare.app;

import fr.vodcompare.ui.shell.ShellViewModel;
import java.time.Duration;
import java.time.Instant;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For timing the window as a whole process: with {@code -Dvodcompare.exitAfterFirstFrame=true} the app logs "first frame
 * with data N ms after start" (N from the process's start) and exits with status 0 right after the first frame that shows
 * data, a table row holding a title; with 1 if the store cannot be opened. The frame counts as drawn two pulses after the
 * one that laid the row out: a pulse hands its frame to the renderer and the next pulse's synchronisation waits for that
 * frame to be painted. FX thread only.
 */
final class FirstFrame {
    static final String PROPERTY = "vodcompare.exitAfterFirstFrame";
    private static final Logger LOG = LoggerFactory.getLogger(FirstFrame.class);

    private final Scene scene;
    private final LongSupplier elapsedMs;
    private final IntConsumer exit;
    private int pulsesSinceData = -1;
    private boolean done;

    private FirstFrame(Scene scene, LongSupplier elapsedMs, IntConsumer exit) {
        this.scene = scene;
        this.elapsedMs = elapsedMs;
        this.exit = exit;
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Watches the window's scene when the property asks for it; the app then quits through {@link Platform#exit()}. */
    static void watchIfRequested(Scene scene, ShellViewModel shell) {
        if (requested()) {
            watch(scene, shell, FirstFrame::sinceProcessStart, status -> {
                if (status != 0) {
                    System.exit(status);
                }
                Platform.exit();
            });
        }
    }

    /**
     * Watches {@code scene}: {@code exit} is called with 0 after the first frame with data, with 1 when {@code shell}
     * says the store could not be opened.
     */
    static void watch(Scene scene, ShellViewModel shell, LongSupplier elapsedMs, IntConsumer exit) {
        FirstFrame f = new FirstFrame(scene, elapsedMs, exit);
        scene.addPostLayoutPulseListener(f::pulse);
        shell.startupProperty().addListener((o, was, now) -> {
            if (now == ShellViewModel.Startup.FAILED && !f.done) {
                f.done = true;
                System.err.println("vodcompare: the store could not be opened; no frame with data");
                exit.accept(1);
            }
        });
    }

    private void pulse() {
        if (done) {
            return;
        }
        if (pulsesSinceData < 0) {
            if (!showsData(scene.getRoot())) {
                return;
            }
            pulsesSinceData = 0;
            String line = "first frame with data " + elapsedMs.getAsLong() + " ms after start";
            LOG.info(line);
            System.err.println(line);
        } else if (++pulsesSinceData >= 2) {
            done = true;
            exit.accept(0);
            return;
        }
        Platform.requestNextPulse();
    }

    /** True when a table row with an item is laid out and visible (every parent visible too). */
    static boolean showsData(Node root) {
        for (Node n : root.lookupAll(".table-row-cell")) {
            if (n instanceof TableRow<?> row && row.getItem() != null && !row.isEmpty() && visible(row)) {
                return true;
            }
        }
        return false;
    }

    private static boolean visible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Milliseconds since the process started (since {@link Launcher#main} where the system does not say). */
    static long sinceProcessStart() {
        Instant start = ProcessHandle.current().info().startInstant().orElse(Launcher.STARTED);
        return Duration.between(start, Instant.now()).toMillis();
    }
}
