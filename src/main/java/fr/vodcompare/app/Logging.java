package fr.vodcompare.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Configures slf4j-simple before the first logger is made. */
final class Logging {
    /** How many earlier runs' logs are kept beside the current one (vodcompare.log.1 is the last run). */
    static final int KEPT = 3;

    private Logging() {
    }

    /** The command line: warnings and errors on standard error, so standard output stays the result. */
    static void toStderr() {
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", System.getProperty("vodcompare.log", "warn"));
    }

    /**
     * The window: info and up to a log file in the data folder (its place is shown in the About dialog),
     * with wall-clock times; the previous runs' logs are kept as {@code .1} to {@code .3}.
     */
    static void toFile(Path file) {
        try {
            Files.createDirectories(file.getParent());
            rotate(file, KEPT);
            System.setProperty("org.slf4j.simpleLogger.logFile", file.toString());
        } catch (IOException e) {
            System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        }
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS XXX");
    }

    /** Moves {@code file} to {@code file.1}, {@code file.1} to {@code file.2}… keeping {@code kept} of them. */
    static void rotate(Path file, int kept) throws IOException {
        Files.deleteIfExists(numbered(file, kept));
        for (int i = kept - 1; i >= 1; i--) {
            if (Files.exists(numbered(file, i))) {
                Files.move(numbered(file, i), numbered(file, i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (Files.exists(file)) {
            Files.move(file, numbered(file, 1), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path numbered(Path file, int i) {
        return file.resolveSibling(file.getFileName() + "." + i);
    }
}
