package fr.vodcompare.ingest;

import fr.vodcompare.model.Sentence;
import java.util.List;
import java.util.Locale;

/**
 * An odd row that was still imported: its line in the file and what was odd about it. A warning made with {@link #of}
 * is said in the user's language too ({@link #message(Locale)}); {@link #message()} is always English (logs, tests).
 *
 * @param key  its sentence in {@code fr/vodcompare/ingest/messages*.properties} ({@link Sentence}), or null
 *             (English only)
 * @param args the values the sentence shows, in order
 */
public record ImportWarning(long line, String message, String key, List<Object> args) {
    /** A warning said in English only. */
    public ImportWarning(long line, String message) {
        this(line, message, null, List.of());
    }

    /** A warning with its sentence {@code key} and the values it shows. */
    public static ImportWarning of(long line, String key, Object... args) {
        Sentence s = ImportSentence.of(key, args);
        return new ImportWarning(line, s.english(), key, s.args());
    }

    /** The English sentence of {@code key} with {@code args}. */
    static String english(String key, Object... args) {
        return ImportSentence.of(key, args).english();
    }

    /** Its sentence, or null when it is said in English only. */
    Sentence sentence() {
        return key == null ? null : new Sentence(ImportSentence.BUNDLE, key, args);
    }

    /** What was odd, in the language of {@code locale} (English when it has no sentence of its own). */
    public String message(Locale locale) {
        return key == null ? message : sentence().in(locale);
    }

    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
