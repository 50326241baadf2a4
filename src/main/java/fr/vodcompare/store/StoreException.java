package fr.vodcompare.store;

import fr.vodcompare.model.DataException;

/** The store could not be opened, read or written; the message is fit for a user. */
public class StoreException extends DataException {
    /**
     * Why, where a caller can act on it: offer to set a damaged file aside, say a newer app wrote it, that the disk
     * is full, that the store is read-only, or that another program holds it.
     */
    public enum Reason { DAMAGED, NEWER_VERSION, DISK_FULL, READ_ONLY, BUSY, OTHER }

    private final Reason reason;

    public StoreException(String message, Throwable cause) {
        this(Reason.OTHER, message, cause);
    }

    public StoreException(String message) {
        this(Reason.OTHER, message, null);
    }

    public StoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
