package fr.vodcompare.store;

import fr.vodcompare.model.Snapshot;
import fr.vodcompare.model.Title;
import java.util.ArrayList;
import java.util.List;

/** Read-side queries over catalogue history: a snapshot's titles as it listed them, ambiguous rows. Thread-safe. */
public final class HistoryQueries {
    private final Database db;

    public HistoryQueries(Database db) {
        this.db = db;
    }

    /** A row kept apart at import because it had several candidates: the title and one candidate (store ids). */
    public record Ambiguity(long titleId, long candidateId) {
    }

    /** A platform's snapshots, oldest first. */
    public List<Snapshot> snapshots(String platformId) throws StoreException {
        return db.read(c -> {
            List<Snapshot> out = new ArrayList<>();
            try (var ps = c.prepareStatement("SELECT " + Snapshots.COLUMNS + " FROM snapshot s WHERE s.platform_id = ? "
                    + "ORDER BY s.as_of, s.territory")) {
                ps.setString(1, platformId);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(Snapshots.map(rs));
                    }
                }
            }
            return out;
        });
    }

    /**
     * The titles a snapshot lists, each as of that snapshot: the newest version not after its date (the
     * oldest version when every version is later, as for a snapshot imported after newer ones said nothing new); a title
     * with no version row as its row says ({@link ImpliedVersions}).
     */
    public List<Title> titles(Snapshot s) throws StoreException {
        String d = s.asOf().toString();
        String sql = "SELECT " + Titles.VERSION_COLUMNS + " FROM title_version v JOIN title t ON t.id = v.title_id "
                + "WHERE v.title_id IN (" + Current.titleIdsOf(s.id()) + ") AND v.snapshot_id = (SELECT w.snapshot_id FROM "
                + "title_version w WHERE w.title_id = v.title_id ORDER BY (w.as_of <= ?) DESC, "
                + "CASE WHEN w.as_of <= ? THEN w.as_of ELSE '' END DESC, w.as_of, w.snapshot_id DESC LIMIT 1) "
                // a title with no version row: its row (schema 16)
                + "UNION ALL SELECT " + TitleQueries.COLUMNS + " FROM title t WHERE t.id IN (" + Current.titleIdsOf(s.id()) + ") AND "
                + ImpliedVersions.unversioned("t");
        return db.read(c -> {
            try (var ps = c.prepareStatement(sql)) {
                ps.setString(1, d);
                ps.setString(2, d);
                return TitleQueries.list(ps.executeQuery());
            }
        });
    }

    /** Every ambiguous row of a platform's snapshots, with each of its candidates. */
    public List<Ambiguity> ambiguities(String platformId) throws StoreException {
        return db.read(c -> {
            List<Ambiguity> out = new ArrayList<>();
            try (var ps = c.prepareStatement("SELECT DISTINCT a.title_id, a.candidate_id FROM title_ambiguity a "
                    + "JOIN snapshot s ON s.id = a.snapshot_id WHERE s.platform_id = ?")) {
                ps.setString(1, platformId);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Ambiguity(rs.getLong(1), rs.getLong(2)));
                    }
                }
            }
            return out;
        });
    }
}
