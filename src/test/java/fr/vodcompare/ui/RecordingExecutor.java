package fr.vodcompare.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

/** Holds tasks until the test runs them, in the order it chooses. */
public final class RecordingExecutor implements Executor {
    private final Deque<Runnable> queued = new ArrayDeque<>();

    @Override
    public void execute(Runnable command) {
        queued.add(command);
    }

    public int size() {
        return queued.size();
    }

    public void runAll() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }

    public void runNewestFirst() {
        while (!queued.isEmpty()) {
            queued.pollLast().run();
        }
    }
}
