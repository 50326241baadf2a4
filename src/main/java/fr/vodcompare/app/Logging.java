package fr.vodcompare.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Configures slf4j-simple before the first logger is made. */
final class Logging {
    private Logging() {
    }

    /** The command line: warnings and errors on standard error, so standard output stays the result. */
    static void toStderr() {
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", System.getProperty("vodcompare.log", "warn"));
    }

    /** The window: info and up to a log file in the data folder (its place is shown in the About dialog). */
    static void toFile(Path file) {
        try {
            Files.createDirectories(file.getParent());
            System.setProperty("org.slf4j.simpleLogger.logFile", file.toString());
        } catch (IOException e) {
            System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        }
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
    }
}
