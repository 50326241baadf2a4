package fr.vodcompare.store;

import fr.vodcompare.model.Snapshot;
import fr.vodcompare.model.Title;

/**
 * A catalogue's rows as an import reads them, one at a time (the file is never held whole), for
 * {@link StoreTransaction#importNewPlatform}. Its failures (a bad row, a cancelled import) end the write and roll
 * it back.
 */
public interface TitleStream {
    /**
     * One row: the line it starts on, its title, the line of an earlier row that may have the same file key (0: none),
     * and the values the store derives from the title, made with the row (on the thread that reads the file).
     */
    record Row(long line, Title title, long maybeSameAs, TitleValues values) {
        public Row(long line, Title title, long maybeSameAs) {
            this(line, title, maybeSameAs, TitleValues.of(title));
        }
    }

    /** The next row, or null after the last. */
    Row next() throws Exception;

    /** The snapshot the rows make, known once every row was read (its date may come from the rows). */
    Snapshot snapshot() throws Exception;

    /** How many rows to expect, roughly (from the file's size): large loads build their indexes after the rows. */
    long expectedRows();
}
