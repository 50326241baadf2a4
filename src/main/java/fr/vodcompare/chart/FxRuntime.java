package fr.vodcompare.chart;

import java.util.List;
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
 * Monocle's headless platform with software rendering before the toolkit starts; {@code -Dvodcompare.headless=true}
 * forces it (a DISPLAY that points nowhere). Thread-safe.
 */
public final class FxRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(FxRuntime.class);
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");
    private static CompletableFuture<Void> startup;

    private FxRuntime() {
    }

    /**
     * Starts the toolkit (headless when there is no display) on a background thread and returns at once, so the
     * caller can read the store meanwhile; the toolkit then renders a tiny chart to load its styles and fonts.
     * Any thread; later calls do nothing. The toolkit stays up until the JVM exits.
     */
    public static synchronized void startInBackground() {
        if (startup != null) {
            return;
        }
        startup = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                startNow();
                warmUp();
                startup.complete(null);
            } catch (Throwable e) {
                startup.completeExceptionally(e);
            }
        }, "vodcompare-fx-startup");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Makes sure the toolkit runs, starting it if needed, and waits until it is up; call from any thread but the
     * FX thread.
     *
     * @throws FxUnavailableException when the toolkit cannot start (a display that cannot be opened...)
     */
    public static void ensureStarted() throws InterruptedException, FxUnavailableException {
        startInBackground();
        try {
            startup.get();
        } catch (ExecutionException e) {
            throw new FxUnavailableException("JavaFX could not start (" + e.getCause().getMessage() + "); without a "
                    + "usable display, unset DISPLAY or run java with -Dvodcompare.headless=true", e.getCause());
        }
    }

    /**
     * Waits (a few seconds at most) until a toolkit start begun by {@link #startInBackground} is over, up or failed.
     * Call before {@code System.exit}: exiting while the toolkit starts makes JavaFX print stack traces from its
     * shutdown hooks ("Shutdown in progress", a NullPointerException) after the command's own message.
     */
    public static void settle() {
        CompletableFuture<Void> s;
        synchronized (FxRuntime.class) {
            s = startup;
        }
        if (s == null) {
            return;
        }
        try {
            s.get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.debug("JavaFX had not started when the command ended", e);
        }
    }

    private static void startNow() throws InterruptedException {
        boolean forced = Boolean.getBoolean("vodcompare.headless");
        if (forced || needsHeadless(System.getenv(), System.getProperty("os.name", ""))
                && System.getProperty("glass.platform") == null) {
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
    }

    /** Lays out and snapshots a tiny chart: the first real chart then finds styles, fonts and classes loaded. */
    private static void warmUp() {
        ChartSpec spec = new ChartSpec("warm-up", ChartType.COLUMNS, Locale.ENGLISH, "Warm-up", "", "", "",
                ValueUnit.COUNT, List.of("a"), List.of(new ChartSeries("a", "a", "#7F7F7F", List.of(ChartPoint.of("a", 1, "1")))),
                null, List.of(), "", "");
        try {
            call(() -> ChartSnapshot.take(spec, new ExportSize(120, 80, 1)));
        } catch (Exception e) {
            LOG.debug("Warming the chart styles up failed; the first chart will load them", e);
        }
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
        try {
            return submit(work).get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw (Error) cause;
        }
    }

    /** Runs {@code work} on the FX thread, later, and returns at once; the future holds its result or its failure. */
    public static <T> CompletableFuture<T> submit(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result;
    }
}
