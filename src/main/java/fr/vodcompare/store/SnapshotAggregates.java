package fr.vodcompare.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the per-snapshot aggregates ({@code snapshot_count}, schema 7): for each snapshot that can be current (the
 * newest of its platform in its territory), its titles counted by kind and countries, release decade, year added,
 * region of the first country (with whether a French or European country is listed) and set of genres, each title by
 * its current view (the title row and its links) as the comparison counts them ({@link SnapshotGroups}). A write to a
 * platform's catalogue can change the current view of any of its titles, so every write refreshes the platform's
 * aggregates: one pass over each current snapshot's titles, grouped in memory (a platform's first catalogue is counted
 * as it is written). Inside the caller's write transaction.
 */
final class SnapshotAggregates {
    /** The titles of a snapshot (its id bound), each once, with what the aggregates count of their rows. */
    private static final String TITLES = "SELECT t.id, t.kind, t.country_text, t.release_year, t.date_added, t.genre_text "
            + "FROM snapshot s JOIN title_presence p ON p.platform_id = s.platform_id AND p.territory = s.territory "
            + "AND p.last_seen = s.as_of JOIN title t ON t.id = p.title_id WHERE s.id = ?";

    /** The snapshots that can be current: the newest of each platform in each territory. */
    static final String CURRENT_CANDIDATES = "SELECT s.id FROM snapshot s WHERE s.id = (SELECT x.id FROM snapshot x "
            + "WHERE x.platform_id = s.platform_id AND x.territory = s.territory ORDER BY x.as_of DESC, x.id DESC LIMIT 1)";

    private SnapshotAggregates() {
    }

    /**
     * After a write to a snapshot (an import, a replacement): the aggregates of its platform's snapshots made again.
     * One call at the end of the write; a snapshot that is gone refreshes nothing.
     */
    static void refresh(Connection c, long snapshotId) throws SQLException {
        refresh(c, snapshotId, null);
    }

    /**
     * {@link #refresh(Connection, long)}, with the titles of snapshot {@code snapshotId} already counted as they were
     * written ({@code counted}: its titles, each once, as their rows now hold them; null: read them).
     */
    static void refresh(Connection c, long snapshotId, SnapshotGroups counted) throws SQLException {
        try (var ps = c.prepareStatement("SELECT platform_id FROM snapshot WHERE id = ?")) {
            ps.setLong(1, snapshotId);
            try (var rs = ps.executeQuery()) {
                if (rs.next()) {
                    refreshPlatform(c, rs.getString(1), snapshotId, counted);
                }
            }
        }
    }

    /**
     * After a write to a platform's catalogue (a snapshot deleted): its aggregates made again, its catalogue steps forgotten
     * ({@link SnapshotSteps}) and the overlap counts made again ({@link OverlapCounts}).
     */
    static void refreshPlatform(Connection c, String platformId) throws SQLException {
        refreshPlatform(c, platformId, 0, null);
    }

    private static void refreshPlatform(Connection c, String platformId, long countedId, SnapshotGroups counted) throws SQLException {
        try (var ps = c.prepareStatement("DELETE FROM snapshot_count WHERE snapshot_id IN (SELECT id FROM snapshot WHERE platform_id = ?)")) {
            ps.setString(1, platformId);
            ps.executeUpdate();
        }
        List<Long> ids = new ArrayList<>();
        try (var ps = c.prepareStatement(CURRENT_CANDIDATES + " AND s.platform_id = ?")) {
            ps.setString(1, platformId);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        for (long id : ids) {
            if (id == countedId && counted != null) {
                counted.write(c, id);
            } else {
                fill(c, id);
            }
        }
        // the other aggregates Compare reads (schema 11) follow the same writes
        SnapshotSteps.forget(c, platformId);
        OverlapCounts.refresh(c);
    }

    /** Every aggregate made again (the migration to schema 7, a repair). */
    static void refreshAll(Connection c) throws SQLException {
        List<String> platforms = new ArrayList<>();
        try (var st = c.createStatement()) {
            st.executeUpdate("DELETE FROM snapshot_count");
            try (var rs = st.executeQuery("SELECT DISTINCT platform_id FROM snapshot")) {
                while (rs.next()) {
                    platforms.add(rs.getString(1));
                }
            }
        }
        for (String p : platforms) {
            refreshPlatform(c, p);
        }
    }

    /** Counts the snapshot's titles as their rows hold them, in one pass, and writes the counts. */
    private static void fill(Connection c, long snapshotId) throws SQLException {
        SnapshotGroups groups = new SnapshotGroups();
        try (var ps = c.prepareStatement(TITLES)) {
            ps.setLong(1, snapshotId);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    int y = rs.getInt(4);
                    Integer year = rs.wasNull() ? null : y;
                    groups.add(rs.getLong(1), rs.getString(2), rs.getString(3), year, rs.getString(5), rs.getString(6));
                }
            }
        }
        groups.write(c, snapshotId);
    }
}
