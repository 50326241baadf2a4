package fr.vodcompare.store;

import fr.vodcompare.model.DataException;
import fr.vodcompare.model.Sentence;
import java.util.Locale;

/**
 * The store could not be opened, read or written; the message is fit for a user, in English ({@link #getMessage()});
 * a failure the store recognises is said in the user's language too ({@link #message(Locale)}).
 */
public class StoreException extends DataException {
    /** The store's sentences: {@code fr/vodcompare/store/messages*.properties}. */
    static final String BUNDLE = "fr.vodcompare.store.messages";

    /**
     * Why, where a caller can act on it: offer to set a damaged file aside, say a newer app wrote it, that the disk
     * is full, that the store is read-only, or that another program holds it.
     */
    public enum Reason { DAMAGED, NEWER_VERSION, DISK_FULL, READ_ONLY, BUSY, OTHER }

    private final Reason reason;
    /** The message as a sentence of the store's bundle; null when it is said in English only. */
    private final transient Sentence sentence;

    public StoreException(String message, Throwable cause) {
        this(Reason.OTHER, message, cause);
    }

    public StoreException(String message) {
        this(Reason.OTHER, message, null);
    }

    public StoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.sentence = null;
    }

    /** A failure said by its sentence {@code key} of the store's bundle, with the values it shows. */
    StoreException(Reason reason, Throwable cause, String key, Object... args) {
        this(reason, Sentence.of(BUNDLE, key, args), cause);
    }

    private StoreException(Reason reason, Sentence sentence, Throwable cause) {
        super(sentence.english(), cause);
        this.reason = reason;
        this.sentence = sentence;
    }

    /** One of the store's sentences (a value of another sentence). */
    static Sentence sentence(String key, Object... args) {
        return Sentence.of(BUNDLE, key, args);
    }

    public Reason reason() {
        return reason;
    }

    /** {@link #getMessage()} in the language of {@code locale} (English when it has no sentence of its own). */
    public String message(Locale locale) {
        return sentence == null ? getMessage() : sentence.in(locale);
    }
}
