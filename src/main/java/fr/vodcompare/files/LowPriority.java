package fr.vodcompare.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work done beside the work a user waits on (an index built aside, the copy of a file kept for rebuilds) runs at a lower
 * scheduling priority, so that on a machine with fewer cores than busy threads the thread the user waits on gets the
 * processor first and the work beside it takes what is left. Java has no call for a thread's priority that Linux obeys
 * ({@link Thread#setPriority} is ignored there unless the process runs as root), so on Linux the thread's nice value is
 * raised to {@link #NICE} with {@code renice} on its own thread id ({@code /proc/thread-self}), never lowered when it is
 * already higher. Raising it needs no privilege; it cannot be lowered again without one, so it is only done on threads
 * made for that work. Elsewhere, or when it cannot be done, nothing changes but the speed.
 */
public final class LowPriority {
    private static final Logger LOG = LoggerFactory.getLogger(LowPriority.class);
    /** The nice value given: the work beside gets about a tenth of a core's share against a thread at the default 0. */
    static final int NICE = 10;
    /**
     * The nice value for work beside that the user's wait ends with (the full-text index of a large import, which the
     * import's transaction waits for): about a third of a core's share against a thread at 0. At {@link #NICE}, it took so
     * little while the rows were written that the writer then waited for it with one core idle.
     */
    public static final int WAITED_ON = 3;
    private static final Path THREAD_SELF = Path.of("/proc/thread-self");

    private LowPriority() {
    }

    /** Lowers the calling thread's priority to {@link #NICE}, if it can: true when done. */
    public static boolean thisThread() {
        return thisThread(NICE);
    }

    /** Lowers the calling thread's priority to {@code nice} (from 1, the lowest 19), if it can: true when done. */
    public static boolean thisThread(int nice) {
        if (!Files.isSymbolicLink(THREAD_SELF)) {
            return false;
        }
        Integer now = niceOfThisThread();
        if (now != null && now >= nice) {
            return true; // already as low (a process started with nice): never raised
        }
        try {
            String tid = Files.readSymbolicLink(THREAD_SELF).getFileName().toString(); // "PID/task/TID"
            Process p = new ProcessBuilder("renice", "--priority", String.valueOf(nice), "-p", tid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroy();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("Could not lower the priority of {}", Thread.currentThread().getName(), e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The nice value of the calling thread (Linux), or null when it cannot be read: for tests. */
    static Integer niceOfThisThread() {
        try {
            String stat = Files.readString(THREAD_SELF.resolve("stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(f[16]); // field 19 of stat: nice
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
