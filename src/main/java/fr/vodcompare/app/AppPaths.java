package fr.vodcompare.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the app keeps its files, in the operating system's usual data folder. */
public final class AppPaths {
    private AppPaths() {
    }

    /** The per-user data folder: XDG on Linux, APPDATA on Windows, Application Support on macOS. */
    public static Path dataDir(Map<String, String> env, String os, String home) {
        String o = os.toLowerCase(Locale.ROOT);
        if (o.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming"))
                    .resolve("VodCompare");
        }
        if (o.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "VodCompare");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("vodcompare");
    }

    public static Path dataDir() {
        return dataDir(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    /** The window's log file (the command line logs to standard error). */
    public static Path logFile() {
        return dataDir().resolve("vodcompare.log");
    }

    /** The window's settings (size, language, filters…). */
    public static Path settingsFile() {
        return dataDir().resolve("settings.json");
    }

    public static Path defaultStore() {
        return dataDir().resolve("vodcompare.db");
    }
}
