package fr.vodcompare.model;

/**
 * The data behind a figure could not be read; the message is fit for a user. The store's own failures are of this
 * kind, so that the layers above the analyses (charts) can report them without knowing the store.
 */
public class DataException extends Exception {
    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
