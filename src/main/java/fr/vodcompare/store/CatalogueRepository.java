package fr.vodcompare.store;

import fr.vodcompare.model.Snapshot;
import fr.vodcompare.model.Title;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Catalogue snapshots and their titles: writing an imported snapshot, listing and deleting snapshots. */
public final class CatalogueRepository {
    private final Database db;

    CatalogueRepository(Database db) {
        this.db = db;
    }

    /** What a snapshot import did (see {@link SnapshotWriter}). */
    public record ImportCounts(long snapshotId, int titles, int added, int updated, int unchanged, int ambiguous,
                               SnapshotWriter.Replaced replaced) {
        static ImportCounts of(SnapshotWriter.Outcome o) {
            return new ImportCounts(o.snapshotId(), o.titles(), o.added(), o.updated(), o.unchanged(), o.ambiguous(), o.replaced());
        }
    }

    /**
     * Writes one snapshot inside the caller's write transaction. A snapshot already stored for the same
     * platform, date and territory is refused ({@link SnapshotExistsException}) unless {@code replace}.
     */
    static ImportCounts importSnapshot(Connection c, Snapshot spec, List<Title> titles, boolean replace)
            throws SQLException, StoreException {
        return ImportCounts.of(SnapshotWriter.write(c, spec, titles, replace));
    }

    /** Every snapshot, newest first within each platform. */
    public List<Snapshot> snapshots() throws StoreException {
        return db.read(c -> {
            List<Snapshot> out = new ArrayList<>();
            try (var ps = c.prepareStatement("SELECT " + Snapshots.COLUMNS + " FROM snapshot s JOIN platform p ON p.id = s.platform_id "
                    + "ORDER BY p.bundled DESC, p.rowid, s.as_of DESC, s.territory");
                 var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(Snapshots.map(rs));
                }
            }
            return out;
        });
    }

    /** The stored snapshot of a platform, date and territory, if any. */
    public java.util.Optional<Snapshot> find(String platformId, java.time.LocalDate asOf, String territory) throws StoreException {
        return db.read(c -> java.util.Optional.ofNullable(Snapshots.find(c, platformId, asOf, territory)));
    }

    /** The territory of a platform's newest snapshot, if it has one. */
    public java.util.Optional<String> newestTerritory(String platformId) throws StoreException {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT territory FROM snapshot WHERE platform_id = ? ORDER BY as_of DESC, id DESC LIMIT 1")) {
                ps.setString(1, platformId);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.<String>empty();
                }
            }
        });
    }

    /** Deletes a snapshot, and the titles no other snapshot lists; the others keep what the remaining snapshots say. */
    public void deleteSnapshot(long snapshotId) throws StoreException {
        db.write(c -> {
            Snapshot s = Snapshots.byId(c, snapshotId);
            if (s != null) {
                Snapshots.delete(c, s);
                ImportCopies.forget(c, ImportCopies.catalogueSubject(s.platformId(), s.asOf(), s.territory()));
            }
            return null;
        });
    }

    /** Deletes every bundled snapshot (before the bundled data is loaded again); the user's snapshots stay whole. */
    static void deleteBundled(Connection c) throws SQLException {
        List<Snapshot> bundled = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT " + Snapshots.COLUMNS + " FROM snapshot s WHERE s.bundled = 1 ORDER BY s.as_of DESC");
             var rs = ps.executeQuery()) {
            while (rs.next()) {
                bundled.add(Snapshots.map(rs));
            }
        }
        for (Snapshot s : bundled) {
            Snapshots.delete(c, s);
        }
    }
}
