package fr.vodcompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The window's background results: each through the FX thread's queue, in order, or those already there at once. */
class FxResultsTest {
    final List<Runnable> queued = new ArrayList<>();
    final List<String> ran = new ArrayList<>();
    final FxResults results = new FxResults(queued::add);

    @Test
    void eachResultRunsFromTheQueueInTheOrderItCame() {
        results.execute(() -> ran.add("a"));
        results.execute(() -> ran.add("b"));
        assertThat(ran).isEmpty();
        queued.get(0).run();
        assertThat(ran).containsExactly("a");
        queued.get(1).run();
        assertThat(ran).containsExactly("a", "b");
    }

    @Test
    void theResultsAlreadyThereRunAtOnceAndOnlyOnce() {
        results.execute(() -> ran.add("a"));
        results.execute(() -> ran.add("b"));
        results.runArrived();
        assertThat(ran).containsExactly("a", "b");
        results.execute(() -> ran.add("c"));
        queued.forEach(Runnable::run);
        assertThat(ran).containsExactly("a", "b", "c");
    }

    @Test
    void aResultThatThrowsGoesToTheThreadsHandlerAndTheNextOnesStillRun() {
        Thread t = Thread.currentThread();
        Thread.UncaughtExceptionHandler before = t.getUncaughtExceptionHandler();
        List<Throwable> uncaught = new ArrayList<>();
        t.setUncaughtExceptionHandler((th, e) -> uncaught.add(e));
        try {
            results.execute(() -> {
                throw new IllegalStateException("broken");
            });
            results.execute(() -> ran.add("b"));
            results.runArrived();
        } finally {
            t.setUncaughtExceptionHandler(before);
        }
        assertThat(uncaught).singleElement().hasFieldOrPropertyWithValue("message", "broken");
        assertThat(ran).containsExactly("b");
    }

    @Test
    void afterTheCloseNoResultRunsNeitherThoseQueuedNorThoseToCome() {
        results.execute(() -> ran.add("a"));
        results.close();
        results.execute(() -> ran.add("b"));
        queued.forEach(Runnable::run);
        results.runArrived();
        assertThat(ran).isEmpty();
    }

    @Test
    void aResultThatClosesStopsTheOnesAfterIt() {
        results.execute(results::close);
        results.execute(() -> ran.add("b"));
        results.runArrived();
        assertThat(ran).isEmpty();
    }
}
