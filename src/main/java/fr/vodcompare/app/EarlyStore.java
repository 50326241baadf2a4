package fr.vodcompare.app;

import fr.vodcompare.ingest.StoreSetup;
import fr.vodcompare.store.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * The window's store, opened (or built, the first time) on a thread of its own from the launcher, while JavaFX starts
 * and the window is made, instead of after the window is shown. {@link StoreStartup} takes it over, once; what the
 * opening said before anyone listened ("building"…) is passed on when someone does. Any thread.
 */
final class EarlyStore {
    private static EarlyStore started;

    private final Path file;
    private final CompletableFuture<Store> store = new CompletableFuture<>();
    private final List<String> said = new ArrayList<>();
    private Consumer<String> listener;

    private EarlyStore(Path file) {
        this.file = file;
    }

    /** How a store is opened: {@link StoreSetup#open} (tests give another). */
    @FunctionalInterface
    interface Opener {
        Store open(Path file, Consumer<String> status) throws Exception;
    }

    /**
     * Begins opening {@code file} in the background, with the SQLite driver's native library from the data folder
     * ({@link SqliteNative}, set before the driver loads, on that thread rather than before JavaFX starts).
     */
    static void start(Path file, Path dataDir) {
        start(file, (f, status) -> {
            SqliteNative.useCachedCopy(dataDir);
            return StoreSetup.open(f, status);
        });
    }

    static synchronized void start(Path file, Opener opener) {
        EarlyStore early = new EarlyStore(file);
        started = early;
        Thread t = new Thread(() -> {
            try {
                early.store.complete(opener.open(file, early::say));
            } catch (Throwable e) {
                early.store.completeExceptionally(e);
            }
        }, "vodcompare-store-opening");
        t.setDaemon(true);
        t.start();
    }

    /** The opening begun for {@code file}, handed over once; null when none was begun for it (or it was taken). */
    static synchronized EarlyStore take(Path file) {
        EarlyStore early = started;
        if (early == null || !early.file.equals(file)) {
            return null;
        }
        started = null;
        return early;
    }

    /** The store when it is already open (no waiting), else null: not yet, or the opening failed. */
    Store openedAlready() {
        return store.isDone() && !store.isCompletedExceptionally() ? store.join() : null;
    }

    /** Waits for the store; {@code status} hears what the opening said so far, then what it says next. */
    Store await(Consumer<String> status) throws Exception {
        synchronized (this) {
            said.forEach(status);
            listener = status;
        }
        try {
            return store.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw (Error) e.getCause();
        }
    }

    private synchronized void say(String what) {
        if (listener != null) {
            listener.accept(what);
        } else {
            said.add(what);
        }
    }
}
