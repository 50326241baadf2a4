package fr.vodcompare.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves the settings shortly after the user changes one (the language, the theme, the screen, the window's size…),
 * not only when the window closes: a session that ends without a clean close (the process killed, the machine
 * turned off) keeps them. The settings are taken on the FX thread, a second after the last change (a window dragged
 * to a new size is saved once); the file is written on a thread of its own, one write at a time, so the FX thread
 * never waits for the disk. {@link #saveNow()} writes at once and waits (closing the window).
 */
final class SettingsSaver {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsSaver.class);

    private final SettingsStore store;
    private final Supplier<Settings> current;
    /**
     * The settings last handed to the writer, or as read at start: what the file holds once the writes handed over are
     * done (they are done in order). Settings equal to them are not written again (a close that changed nothing). FX thread.
     */
    private Settings queued;
    /** A write failed: the file may not hold {@link #queued}, so the next save writes whatever it is. */
    private volatile boolean failed;
    private final PauseTransition quiet;
    /** Saved for the last time ({@link #saveNow()}): changes after it (the window closing) are not saved. FX thread. */
    private boolean closed;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vodcompare-settings");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param saved   what the file holds (as read at start)
     * @param current the settings as they are now; called on the FX thread
     * @param delay   how long after the last change they are saved
     */
    SettingsSaver(SettingsStore store, Settings saved, Supplier<Settings> current, Duration delay) {
        this.store = store;
        this.queued = saved;
        this.current = current;
        this.quiet = new PauseTransition(delay);
        quiet.setOnFinished(e -> {
            if (!closed) {
                save(current.get());
            }
        });
    }

    /**
     * Saves the settings after each change of these (FX thread). Told by a change listener, not an invalidation one: a
     * value nobody reads again (the stage's width: the settings read the scene's) tells of its first change only.
     */
    void watch(ObservableValue<?>... changes) {
        for (ObservableValue<?> o : changes) {
            o.addListener((x, was, now) -> {
                if (!closed) {
                    quiet.playFromStart();
                }
            });
        }
    }

    /** Writes the settings now, after any write under way, and waits for it (FX thread); no save follows. */
    void saveNow() {
        if (closed) {
            return;
        }
        closed = true;
        quiet.stop();
        save(current.get());
        writer.shutdown();
        try {
            if (!writer.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("The settings were not written within 5 s: {}", store.file());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes {@code s} on the writer's thread, unless the file holds it or will once the writes handed over are done. */
    private void save(Settings s) {
        if (failed || !s.equals(queued)) {
            queued = s;
            failed = false;
            writer.execute(() -> write(s));
        }
    }

    private void write(Settings s) {
        try {
            store.save(s);
        } catch (Exception e) {
            failed = true;
            LOG.warn("Saving the settings to {} failed", store.file(), e);
        }
    }
}
