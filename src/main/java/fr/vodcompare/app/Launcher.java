package fr.vodcompare.app;

import fr.vodcompare.chart.FxRuntime;
import fr.vodcompare.cli.Cli;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Entry point of the jar. Not an {@code Application} subclass, so JavaFX runs from the class path.
 * No arguments: the window. Any argument: the headless command line.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 && !hasDisplay()) {
            System.err.println("No display to open the window on. Run a command instead, for example: "
                    + "java -jar vodcompare.jar stats (or --help for the list).");
            System.exit(1);
        }
        if (args.length == 0) {
            Logging.toFile(AppPaths.logFile());
            SqliteNative.useCachedCopy(AppPaths.dataDir());
            javafx.application.Application.launch(DesktopApp.class);
            return;
        }
        Logging.toStderr();
        SqliteNative.useCachedCopy(AppPaths.dataDir());
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int status = new Cli(AppPaths.defaultStore(), out, err).run(args);
        FxRuntime.settle(); // no JavaFX trace after the command's own message
        System.exit(status);
    }

    /** Linux and other X11/Wayland systems need DISPLAY or WAYLAND_DISPLAY; Windows and macOS always have one. */
    static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
