package fr.vodcompare.chart;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the JavaFX toolkit for headless work (the command line, tests) and runs work on its thread.
 * On a machine without a display (no DISPLAY or WAYLAND_DISPLAY on Linux and other Unixes) it selects
 * Monocle's headless platform with software rendering before the toolkit starts. Thread-safe.
 */
public final class FxRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(FxRuntime.class);
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");
    private static boolean started;

    private FxRuntime() {
    }

    /**
     * Makes sure the toolkit runs, starting it (headless when there is no display) if needed. Blocks until it is
     * up; call from any thread but the FX thread. The toolkit then stays up until the JVM exits.
     */
    public static synchronized void ensureStarted() throws InterruptedException {
        if (started) {
            return;
        }
        if (needsHeadless(System.getenv(), System.getProperty("os.name", "")) && System.getProperty("glass.platform") == null) {
            useHeadless();
        }
        // JavaFX warns on standard error that it runs from the class path, which the shaded jar does on purpose
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        CountDownLatch up = new CountDownLatch(1);
        try {
            Platform.startup(up::countDown);
            up.await();
        } catch (IllegalStateException alreadyRunning) {
            LOG.debug("JavaFX toolkit already running", alreadyRunning);
        }
        Platform.setImplicitExit(false);
        started = true;
    }

    /** True on a Linux or other Unix machine with neither an X11 nor a Wayland display. */
    static boolean needsHeadless(Map<String, String> env, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return false;
        }
        return blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Monocle headless, software rendering; must run before the toolkit starts. */
    static void useHeadless() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", System.getProperty("prism.text", "t2k"));
        System.setProperty("java.awt.headless", "true");
        LOG.debug("No display: JavaFX runs headless (Monocle, software rendering)");
    }

    /** Runs {@code work} on the FX thread and waits for its result; runs it directly when already there. */
    public static <T> T call(Callable<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return work.call();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw (Error) cause;
        }
    }
}
