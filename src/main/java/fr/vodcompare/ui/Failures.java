package fr.vodcompare.ui;

import fr.vodcompare.ingest.ImportException;
import fr.vodcompare.store.StoreException;

/**
 * What a failure says, as a value of a {@link UiMessage}: in the language the message is shown in when the failure
 * has words of its own there (a file refused: FILE:LINE: what is wrong; the store's faults: a full disk, a read-only or
 * damaged store, another program holding it), else as Java says it. Any thread.
 */
public final class Failures {
    private Failures() {
    }

    /** The words of {@code e} (or of the store's or the import's failure that caused it), for a message's value. */
    public static Object words(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ImportException ie) {
                return new UiMessage.Words(ie.getMessage(), ie::message);
            }
            if (t instanceof StoreException se) {
                return new UiMessage.Words(se.getMessage(), se::message);
            }
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The words of {@code e} in the language of {@code m}. */
    public static String text(Throwable e, Messages m) {
        Object w = words(e);
        return w instanceof UiMessage.Words words ? words.in().apply(m.locale()) : String.valueOf(w);
    }
}
