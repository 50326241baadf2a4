package fr.vodcompare.ui;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work off the FX thread and hands its result back on it. The app builds one with a worker
 * executor and {@code Platform::runLater}; tests use {@link #sameThread()}, which runs everything at
 * once on the calling thread, so view models can be tested without the toolkit. Thread-safe.
 */
public final class BackgroundTasks {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);

    private final Executor worker;
    private final Executor ui;

    /**
     * @param worker where the work runs (named daemon threads in the app)
     * @param ui     where results are delivered (the FX thread in the app)
     */
    public BackgroundTasks(Executor worker, Executor ui) {
        this.worker = Objects.requireNonNull(worker);
        this.ui = Objects.requireNonNull(ui);
    }

    /** Runs work and callbacks on the calling thread, in order: deterministic tests. */
    public static BackgroundTasks sameThread() {
        return new BackgroundTasks(Runnable::run, Runnable::run);
    }

    /** Creates but doesn't start a task; call {@link Task#start()}. */
    public <T> Task<T> task(Callable<T> work) {
        return new Task<>(work);
    }

    /** Runs {@code action} where results are delivered (the FX thread in the app). */
    public void onUi(Runnable action) {
        ui.execute(action);
    }

    /** Background work with callbacks on the FX thread. Build it, then {@link #start()} it once. */
    public final class Task<T> {
        private final Callable<T> work;
        private Consumer<? super T> onSuccess = r -> { };
        private Consumer<Throwable> onFailure = e -> LOG.error("Background task failed", e);

        private Task(Callable<T> work) {
            this.work = work;
        }

        /** Called on the FX thread with the result. */
        public Task<T> onSuccess(Consumer<? super T> action) {
            this.onSuccess = Objects.requireNonNull(action);
            return this;
        }

        /** Called on the FX thread with what the work threw; the default logs it. */
        public Task<T> onFailure(Consumer<Throwable> action) {
            this.onFailure = Objects.requireNonNull(action);
            return this;
        }

        /** Submits the work; returns at once (or after it ran, with {@link #sameThread()}). */
        public void start() {
            try {
                worker.execute(this::runNow);
            } catch (RejectedExecutionException e) {
                LOG.debug("Task rejected: the app is closing", e);
            }
        }

        private void runNow() {
            T result;
            try {
                result = work.call();
            } catch (Exception | Error e) {
                ui.execute(() -> onFailure.accept(e));
                return;
            }
            ui.execute(() -> onSuccess.accept(result));
        }
    }
}
