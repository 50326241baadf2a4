package fr.vodcompare.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LowPriorityTest {

    @Test
    void theCallingThreadAloneIsLoweredOnLinux() throws Exception {
        assumeTrue(Files.isSymbolicLink(Path.of("/proc/thread-self")), "Linux only");
        Integer mine = LowPriority.niceOfThisThread();
        assertThat(mine).isNotNull();
        AtomicReference<Boolean> done = new AtomicReference<>();
        AtomicReference<Integer> after = new AtomicReference<>();
        Thread t = new Thread(() -> {
            done.set(LowPriority.thisThread());
            after.set(LowPriority.niceOfThisThread());
        });
        t.start();
        t.join();
        if (!onPath("renice")) { // util-linux's, on every Debian; without it nothing changes but the speed
            assertThat(done.get()).isFalse();
            assertThat(after.get()).isEqualTo(mine);
            return;
        }
        assertThat(done.get()).isTrue();
        assertThat(after.get()).isEqualTo(Math.max(mine, LowPriority.NICE)); // renice sets, never lowers below the thread's own
        assertThat(LowPriority.niceOfThisThread()).as("the thread that started it is left as it was").isEqualTo(mine);
    }

    @Test
    void aThreadIsLoweredToTheValueAsked() throws Exception {
        assumeTrue(Files.isSymbolicLink(Path.of("/proc/thread-self")) && onPath("renice"), "Linux with renice only");
        Integer mine = LowPriority.niceOfThisThread();
        AtomicReference<Integer> after = new AtomicReference<>();
        AtomicReference<Integer> again = new AtomicReference<>();
        Thread t = new Thread(() -> {
            LowPriority.thisThread(LowPriority.WAITED_ON);
            after.set(LowPriority.niceOfThisThread());
            LowPriority.thisThread(LowPriority.WAITED_ON - 1); // never raised again
            again.set(LowPriority.niceOfThisThread());
        });
        t.start();
        t.join();
        assertThat(after.get()).isEqualTo(Math.max(mine, LowPriority.WAITED_ON)).isLessThan(LowPriority.NICE);
        assertThat(again.get()).isEqualTo(after.get());
    }

    private static boolean onPath(String command) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, command)));
    }
}
