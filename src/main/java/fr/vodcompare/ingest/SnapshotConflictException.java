package fr.vodcompare.ingest;

import fr.vodcompare.model.Snapshot;

/**
 * The import names a platform, date and territory that already hold a snapshot, and did not ask to replace it (or
 * the snapshot is bundled: only a rebuild replaces it). Nothing has been written. The window asks the user, then
 * imports again with {@link CatalogueImport#replace()}.
 */
public final class SnapshotConflictException extends ImportException {
    private static final long serialVersionUID = 1L;
    private final transient Snapshot existing;

    SnapshotConflictException(String file, Snapshot existing, String key, Object... args) {
        super(file, 0, null, key, args);
        this.existing = existing;
    }

    /** The snapshot already stored, with its title count and whether it is bundled. */
    public Snapshot existing() {
        return existing;
    }
}
