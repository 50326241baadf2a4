package fr.vodcompare.store;

import fr.vodcompare.model.Sentence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * SQLite's failures in plain words, each with the {@link StoreException.Reason} a caller can act on: a full disk,
 * a damaged file, a read-only store, a store another program holds. Any thread.
 */
final class StoreFaults {
    static final int BUSY = 5;
    static final int LOCKED = 6;
    static final int READONLY = 8;
    static final int CORRUPT = 11;
    static final int FULL = 13;
    static final int CANTOPEN = 14;
    static final int NOTADB = 26;

    private StoreFaults() {
    }

    /** SQLite's primary result code of {@code e} or of its first SQL cause, or -1. */
    static int code(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                return ((SQLException) t).getErrorCode() & 0xff;
            }
        }
        return -1;
    }

    /** The sentence for a failure while writing {@code file}; nothing was written in any case. */
    static StoreException writing(Path file, Throwable e) {
        StoreException known = known(file, e, "outcome.written");
        if (known != null) {
            return known;
        }
        return e instanceof StoreException ? (StoreException) e : new StoreException(StoreException.Reason.OTHER, e,
                "writing.failed", file, e.getMessage());
    }

    /** The sentence for a failure while reading {@code file}. */
    static StoreException reading(Path file, Throwable e) {
        StoreException known = known(file, e, "outcome.read");
        if (known != null) {
            return known;
        }
        return e instanceof StoreException ? (StoreException) e : new StoreException(StoreException.Reason.OTHER, e,
                "reading.failed", file, e.getMessage());
    }

    private static StoreException known(Path file, Throwable e, String outcome) {
        switch (code(e)) {
            case FULL:
                return new StoreException(StoreException.Reason.DISK_FULL, e, "full", freeSpace(file),
                        StoreException.sentence(outcome));
            case BUSY:
            case LOCKED:
                return busy(file, e);
            case CORRUPT:
            case NOTADB:
                return damaged(file, e.getMessage(), e);
            case READONLY:
                return readOnly(file, StoreException.sentence("readOnly.refused"), e);
            default:
                return null;
        }
    }

    /** "N MB free at FOLDER". */
    static Sentence freeSpace(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            long mb = Files.getFileStore(dir).getUsableSpace() / (1024 * 1024);
            return StoreException.sentence("space.free", mb, dir);
        } catch (IOException e) {
            return StoreException.sentence("space.unknown", dir);
        }
    }

    static StoreException busy(Path file, Throwable e) {
        return new StoreException(StoreException.Reason.BUSY, e, "busy", file.toAbsolutePath());
    }

    /** @param what what SQLite said (its words), or a sentence of the store's */
    static StoreException damaged(Path file, Object what, Throwable e) {
        return new StoreException(StoreException.Reason.DAMAGED, e, "damaged", file, what);
    }

    static StoreException readOnly(Path file, Sentence why, Throwable e) {
        return new StoreException(StoreException.Reason.READ_ONLY, e, "readOnly", file, why);
    }
}
