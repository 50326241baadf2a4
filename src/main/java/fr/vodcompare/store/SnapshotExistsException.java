package fr.vodcompare.store;

import fr.vodcompare.model.Snapshot;

/** An import named a platform, date and territory that already hold a snapshot, without asking to replace it. */
public final class SnapshotExistsException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final transient Snapshot existing;

    SnapshotExistsException(Snapshot existing) {
        super("A snapshot of " + existing.platformId() + " as of " + existing.asOf() + " (" + existing.territory() + ") is already "
                + "stored, with " + existing.titleCount() + " titles" + (existing.bundled() ? " (bundled: only rebuild replaces it)"
                : "; use --replace to replace it"));
        this.existing = existing;
    }

    /** The stored snapshot. */
    public Snapshot existing() {
        return existing;
    }
}
