package fr.vodcompare.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a command line asks for: the window (no command, or one existing file that is not a command, to open
 * with the import dialog) or a headless command. The global options {@code --db FILE} and {@code --lang fr|en}
 * come first in both cases; the window honours them too.
 *
 * @param db         the store given with {@code --db}, or null for the user's usual one
 * @param lang       the language given with {@code --lang}, or null for the saved or the system's
 * @param importFile the file to open the import dialog on, or null
 * @param window     true to open the window; false to run the arguments as a command
 */
record StartOptions(Path db, String lang, Path importFile, boolean window) {

    /**
     * Reads a command line.
     *
     * @param isCommand tells a command's name ({@code stats}, {@code import}…) from a file's
     * @param exists    tells whether a path names an existing file or folder
     */
    static StartOptions parse(List<String> args, Predicate<String> isCommand, Predicate<Path> exists) {
        String db = null;
        String lang = null;
        int i = 0;
        for (; i < args.size(); i++) {
            String a = args.get(i);
            boolean hasNext = i + 1 < args.size();
            if (a.equals("--db") && hasNext) {
                db = args.get(++i);
            } else if (a.startsWith("--db=")) {
                db = a.substring("--db=".length());
            } else if (a.equals("--lang") && hasNext) {
                lang = args.get(++i);
            } else if (a.startsWith("--lang=")) {
                lang = a.substring("--lang=".length());
            } else {
                break;
            }
        }
        List<String> rest = args.subList(i, args.size());
        Path dbPath = path(db).orElse(null);
        if (rest.isEmpty()) {
            return new StartOptions(dbPath, lang, null, db == null || dbPath != null);
        }
        String only = rest.get(0);
        if (rest.size() == 1 && !only.startsWith("-") && !isCommand.test(only)) {
            Optional<Path> file = path(only).filter(exists);
            if (file.isPresent() && (db == null || dbPath != null)) {
                return new StartOptions(dbPath, lang, file.get(), true);
            }
        }
        return new StartOptions(dbPath, lang, null, false);
    }

    /** True when {@code --lang} was not given or names a language of the app. */
    boolean languageKnown() {
        return lang == null || lang.equalsIgnoreCase("fr") || lang.equalsIgnoreCase("en");
    }

    /** The language tag the window uses, when {@code --lang} chose one. */
    Optional<String> language() {
        return lang == null ? Optional.empty() : Optional.of(lang.toLowerCase(Locale.ROOT));
    }

    private static Optional<Path> path(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(s));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
