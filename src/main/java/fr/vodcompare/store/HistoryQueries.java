package fr.vodcompare.store;

import fr.vodcompare.model.Snapshot;
import fr.vodcompare.model.Title;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
        return db.read(c -> {
            try (var ps = titlesById(c, s)) {
                return TitleQueries.list(ps.executeQuery());
            }
        });
    }

    /** Receives the titles of two snapshots side by side. */
    public interface Pairs {
        /**
         * A title as each snapshot lists it, when one of them does not list it ({@code before} or {@code after} null) or
         * when they list different versions of it (which may still say the same).
         */
        void pair(Title before, Title after) throws Exception;

        /** A title both snapshots list as the same version (every field the same): its file id and year. */
        void same(String showId, Integer year) throws Exception;
    }

    /**
     * The titles of two snapshots of a platform ({@link #titles}, each as of its snapshot) given side by side in the order
     * of their ids, in one pass of each and one read transaction. No snapshot is held, and a title both list as the same
     * version (its row, or the same version row) is not read whole: at a million titles a snapshot, both read whole were
     * 2.3 GB and their texts most of the 46 s taken.
     */
    public void pairs(Snapshot from, Snapshot to, Pairs sink) throws StoreException {
        db.read(c -> {
            try (var a = titlesById(c, from); var b = titlesById(c, to);
                 ResultSet ra = a.executeQuery(); ResultSet rb = b.executeQuery()) {
                boolean x = ra.next();
                boolean y = rb.next();
                while (x || y) {
                    long ida = x ? ra.getLong(1) : Long.MAX_VALUE;
                    long idb = y ? rb.getLong(1) : Long.MAX_VALUE;
                    if (ida < idb) {
                        sink.pair(TitleQueries.map(ra), null);
                        x = ra.next();
                    } else if (idb < ida) {
                        sink.pair(null, TitleQueries.map(rb));
                        y = rb.next();
                    } else {
                        if (ra.getLong(SOURCE) == rb.getLong(SOURCE)) {
                            sink.same(ra.getString(3), (Integer) ra.getObject(10));
                        } else {
                            sink.pair(TitleQueries.map(ra), TitleQueries.map(rb));
                        }
                        x = ra.next();
                        y = rb.next();
                    }
                }
            }
            return null;
        });
    }

    /** The column of {@link #titlesById} saying where the title's fields were read: 0 its row, else its version's snapshot. */
    private static final int SOURCE = 15;

    /**
     * A snapshot's titles ({@link #titles}) in the order of their ids, then (column {@link #SOURCE}) where their fields are
     * read: both parts of the union are read in the order of the list of the snapshot's ids and merged, with no sort
     * (SQLite's "MERGE (UNION ALL)").
     */
    private static PreparedStatement titlesById(Connection c, Snapshot s) throws SQLException {
        String d = s.asOf().toString();
        String sql = "SELECT " + Titles.VERSION_COLUMNS + ", IIF(v.name IS NULL, 0, v.snapshot_id) FROM title_version v "
                + "JOIN title t ON t.id = v.title_id "
                + "WHERE v.title_id IN (" + Current.titleIdsOf(s.id()) + ") AND v.snapshot_id = (SELECT w.snapshot_id FROM "
                + "title_version w WHERE w.title_id = v.title_id ORDER BY (w.as_of <= ?) DESC, "
                + "CASE WHEN w.as_of <= ? THEN w.as_of ELSE '' END DESC, w.as_of, w.snapshot_id DESC LIMIT 1) "
                // a title with no version row: its row (schema 16)
                + "UNION ALL SELECT " + TitleQueries.COLUMNS + ", 0 FROM title t WHERE t.id IN (" + Current.titleIdsOf(s.id()) + ") AND "
                + ImpliedVersions.unversioned("t") + " ORDER BY 1";
        PreparedStatement ps = c.prepareStatement(sql);
        ps.setString(1, d);
        ps.setString(2, d);
        return ps;
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
