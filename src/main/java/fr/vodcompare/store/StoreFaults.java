package fr.vodcompare.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

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
        StoreException known = known(file, e, "nothing was written");
        if (known != null) {
            return known;
        }
        return e instanceof StoreException ? (StoreException) e : new StoreException("Writing " + file + " failed ("
                + e.getMessage() + "); nothing was written", e);
    }

    /** The sentence for a failure while reading {@code file}. */
    static StoreException reading(Path file, Throwable e) {
        StoreException known = known(file, e, "nothing was read");
        if (known != null) {
            return known;
        }
        return e instanceof StoreException ? (StoreException) e : new StoreException("Reading " + file + " failed: "
                + e.getMessage(), e);
    }

    private static StoreException known(Path file, Throwable e, String outcome) {
        switch (code(e)) {
            case FULL:
                return new StoreException(StoreException.Reason.DISK_FULL, "the disk is full (" + freeSpace(file) + "); "
                        + outcome + ". Free some space and try again", e);
            case BUSY:
            case LOCKED:
                return busy(file, e);
            case CORRUPT:
            case NOTADB:
                return damaged(file, e.getMessage(), e);
            case READONLY:
                return readOnly(file, "SQLite refused to write to it", e);
            default:
                return null;
        }
    }

    /** "N MB free at FOLDER". */
    static String freeSpace(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            long mb = Files.getFileStore(dir).getUsableSpace() / (1024 * 1024);
            return String.format(Locale.ROOT, "%,d MB free at %s", mb, dir);
        } catch (IOException e) {
            return "free space at " + dir + " unknown";
        }
    }

    static StoreException busy(Path file, Throwable e) {
        return new StoreException(StoreException.Reason.BUSY, "another program is using the store (" + file.toAbsolutePath()
                + "): close it (another VOD Compare, or an SQLite tool) and try again", e);
    }

    static StoreException damaged(Path file, String what, Throwable e) {
        return new StoreException(StoreException.Reason.DAMAGED, file + " is damaged or is not a VOD Compare store (" + what
                + "); nothing will be written to it. Run rebuild to set it aside (renamed, nothing deleted) and build a new "
                + "store from the bundled data and your imports kept beside it (the window offers the same), or open "
                + "another store with --db", e);
    }

    static StoreException readOnly(Path file, String why, Throwable e) {
        return new StoreException(StoreException.Reason.READ_ONLY, "the store " + file + " is read-only (" + why
                + "); nothing was written. Reading works; to change it, copy it somewhere writable and use --db", e);
    }
}
