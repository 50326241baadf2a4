package fr.vodcompare.store;

/** The store could not be opened, read or written; the message is fit for a user. */
public class StoreException extends Exception {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
