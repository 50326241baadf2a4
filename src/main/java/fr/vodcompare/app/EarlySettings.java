package fr.vodcompare.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The window's settings, read on a thread of their own from the launcher while JavaFX starts (the first read loads and
 * sets up the JSON library, a tenth of a second or more that the window's thread no longer spends), and taken over once
 * by the window. Any thread.
 */
final class EarlySettings {
    private static Begun begun;

    private EarlySettings() {
    }

    /** The settings file's store and what it held. */
    record Loaded(SettingsStore store, Settings settings) {
        static Loaded read(Path file) {
            SettingsStore store = new SettingsStore(file);
            return new Loaded(store, store.load());
        }
    }

    private record Begun(Path file, CompletableFuture<Loaded> loaded) {
    }

    /** Begins reading {@code file} in the background. */
    static synchronized void start(Path file) {
        CompletableFuture<Loaded> loaded = new CompletableFuture<>();
        begun = new Begun(file, loaded);
        Thread t = new Thread(() -> {
            try {
                loaded.complete(Loaded.read(file));
            } catch (Throwable e) {
                loaded.completeExceptionally(e);
            }
        }, "vodcompare-settings-reading");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The settings in {@code file}: the ones read ahead for that file, once their reading is over (handed over once),
     * else read now, on the calling thread.
     */
    static Loaded take(Path file) {
        Begun b;
        synchronized (EarlySettings.class) {
            b = begun;
            begun = null;
        }
        if (b != null && b.file().equals(file)) {
            try {
                return b.loaded().join();
            } catch (RuntimeException e) {
                // read again below, on this thread
            }
        }
        return Loaded.read(file);
    }
}
