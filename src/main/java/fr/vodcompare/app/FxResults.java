package fr.vodcompare.app;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;

/**
 * Where the window's background work hands its results to the FX thread: each one through the FX thread's queue
 * ({@code Platform::runLater}), in the order they came, or sooner with {@link #runArrived()}: at start, the results
 * already there when the window is about to be shown (the catalogue's first page) are in its first frame instead of
 * a frame after it. After {@link #close()} no result runs: the window is closing, its store is closed, and work stopped
 * by that close (a read interrupted) must not reach the screens as a failure. Thread-safe.
 */
final class FxResults implements Executor {
    private final ConcurrentLinkedQueue<Runnable> arrived = new ConcurrentLinkedQueue<>();
    private final Executor fx;
    private volatile boolean closed;

    /** @param fx the FX thread's queue ({@code Platform::runLater}) */
    FxResults(Executor fx) {
        this.fx = fx;
    }

    @Override
    public void execute(Runnable result) {
        if (closed) {
            return;
        }
        arrived.add(result);
        fx.execute(this::runOne);
    }

    /**
     * Runs, in order, every result handed over so far, on the calling thread (the FX thread). One that throws goes to
     * the thread's handler of uncaught exceptions, as from the FX thread's queue, and the next ones still run.
     */
    void runArrived() {
        for (Runnable r = arrived.poll(); r != null && !closed; r = arrived.poll()) {
            try {
                r.run();
            } catch (RuntimeException | Error e) {
                Thread t = Thread.currentThread();
                t.getUncaughtExceptionHandler().uncaughtException(t, e);
            }
        }
    }

    /** No result runs from now on, neither those handed over already nor those to come. FX thread. */
    void close() {
        closed = true;
        arrived.clear();
    }

    /** One result, the oldest one still there (none when {@link #runArrived()} took them or after {@link #close()}). */
    private void runOne() {
        Runnable r = arrived.poll();
        if (r != null && !closed) {
            r.run();
        }
    }
}
