package fr.vodcompare.ingest;

import fr.vodcompare.model.Sentence;
import java.util.Locale;

/**
 * A file that cannot be imported. {@link #getMessage()} reads {@code FILE:LINE: what is wrong, what was expected}, in
 * English; an error made with {@link #of} is said in the user's language too ({@link #message(Locale)}), and its
 * {@link #key()} tells what it is without reading its words. Nothing has been written when this is thrown.
 */
public class ImportException extends Exception {
    private final String file;
    private final long line;
    private final String problem;
    /** What is wrong as a sentence of the import's bundle; null when it is said in English only. */
    private final transient Sentence sentence;

    /** An error said in English only (the app's own data files, which users do not write). */
    public ImportException(String file, long line, String problem) {
        this(file, line, problem, null);
    }

    /** An error said in English only, with its cause. */
    public ImportException(String file, long line, String problem, Throwable cause) {
        this(file, line, problem, null, cause);
    }

    /** An error with its sentence {@code key} and the values it shows, and its cause (or null). */
    ImportException(String file, long line, Throwable cause, String key, Object... args) {
        this(file, line, null, ImportSentence.of(key, args), cause);
    }

    private ImportException(String file, long line, String problem, Sentence sentence, Throwable cause) {
        super(where(file, line) + (sentence == null ? problem : sentence.english()), cause);
        this.file = file;
        this.line = line;
        this.problem = sentence == null ? problem : sentence.english();
        this.sentence = sentence;
    }

    /** An error with its sentence {@code key} in {@code fr/vodcompare/ingest/messages*.properties} and its values. */
    public static ImportException of(String file, long line, String key, Object... args) {
        return new ImportException(file, line, null, key, args);
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    /** What is wrong and what was expected, without the file and line, in English. */
    public String problem() {
        return problem;
    }

    /** {@link #problem()} in the language of {@code locale} (English when it has no sentence of its own). */
    public String problem(Locale locale) {
        return sentence == null ? problem : sentence.in(locale);
    }

    /** {@code FILE:LINE: problem} as {@link #getMessage()}, the problem in the language of {@code locale}. */
    public String message(Locale locale) {
        return where(file, line) + problem(locale);
    }

    /** Which error this is (its sentence's key), or null for one said in English only: code tests this, not the words. */
    public String key() {
        return sentence == null ? null : sentence.key();
    }

    /** {@code FILE:LINE: }, or {@code FILE: } for what concerns the file as a whole (line 0). */
    private static String where(String file, long line) {
        return line > 0 ? file + ":" + line + ": " : file + ": ";
    }
}
