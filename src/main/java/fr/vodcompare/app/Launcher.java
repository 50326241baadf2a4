package fr.vodcompare.app;

import fr.vodcompare.chart.FxRuntime;
import fr.vodcompare.cli.Cli;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/**
 * Entry point of the jar and of the installed app's launcher. Not an {@code Application} subclass, so JavaFX
 * runs from the class path. {@code [--db FILE] [--lang fr|en]} alone opens the window on that store in that
 * language; followed by one existing file that is not a command (what a file manager's "Open with" passes),
 * the window opens with the import dialog on that file; anything else is the headless command line.
 */
public final class Launcher {
    /** When the app's code began (the process began a little earlier). */
    static final java.time.Instant STARTED = java.time.Instant.now();

    private Launcher() {
    }

    public static void main(String[] args) {
        StartOptions options = StartOptions.parse(List.of(args), Launcher::isCommand, Files::exists);
        if (options.window()) {
            System.exit(window(options, args));
        }
        Logging.toStderr();
        SqliteNative.useCachedCopy(AppPaths.dataDir());
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int status = new Cli(AppPaths.defaultStore(), out, err).run(args);
        FxRuntime.settle(); // no JavaFX trace after the command's own message
        System.exit(status);
    }

    /** Opens the window and returns once it is closed (the exit status), or at once with 1 or 2 when it cannot. */
    private static int window(StartOptions options, String[] args) {
        if (!options.languageKnown()) {
            System.err.println("--lang: '" + options.lang() + "' is not a language of the app; expected fr or en");
            return Cli.USAGE;
        }
        if (!hasDisplay()) {
            System.err.println("No display to open the window on. Run a command instead, for example: "
                    + "vodcompare stats (or --help for the list).");
            return Cli.FAILED;
        }
        Logging.toFile(AppPaths.logFile());
        // the store opens, and the settings are read, while JavaFX starts and the window is made
        EarlyStore.start(options.db() != null ? options.db() : AppPaths.defaultStore(), AppPaths.dataDir());
        EarlySettings.start(AppPaths.settingsFile());
        javafx.application.Application.launch(DesktopApp.class, args);
        return Cli.OK;
    }

    /** The names of the command line's commands ({@code stats}, {@code import}…), read from the command line itself. */
    static boolean isCommand(String name) {
        return Holder.COMMANDS.contains(name);
    }

    /**
     * Read from the command line's annotations on first use, without making or initialising its classes: the
     * window configures logging after this, and a class's first logger would fix it to standard error.
     */
    private static final class Holder {
        static final Set<String> COMMANDS = fr.vodcompare.cli.Commands.ALL.stream()
                .map(c -> c.getAnnotation(Command.class).name()).collect(Collectors.toUnmodifiableSet());
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
