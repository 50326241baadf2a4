package fr.vodcompare.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * An odd row that was still imported: its line in the file and what was odd about it. A warning made with {@link #of}
 * is said in the user's language too ({@link #message(Locale)}); {@link #message()} is always English (logs, tests).
 *
 * @param key  its sentence in {@code fr/vodcompare/ingest/warnings*.properties}, or null (English only)
 * @param args the values the sentence shows, in order ({@code %s})
 */
public record ImportWarning(long line, String message, String key, List<String> args) {
    private static final String BUNDLE = "fr.vodcompare.ingest.warnings";

    /** A warning said in English only. */
    public ImportWarning(long line, String message) {
        this(line, message, null, List.of());
    }

    /** A warning with its sentence {@code key} and the values it shows. */
    public static ImportWarning of(long line, String key, Object... args) {
        List<String> values = Arrays.stream(args).map(String::valueOf).toList();
        return new ImportWarning(line, sentence(Locale.ROOT, key, values), key, values);
    }

    /** The English sentence of {@code key} with {@code args}. */
    static String english(String key, Object... args) {
        return sentence(Locale.ROOT, key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** What was odd, in the language of {@code locale} (English when it has no sentence of its own). */
    public String message(Locale locale) {
        return key == null ? message : sentence(locale, key, args);
    }

    private static String sentence(Locale locale, String key, List<String> args) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return String.format(Locale.ROOT, b.getString(key), args.toArray());
    }

    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
