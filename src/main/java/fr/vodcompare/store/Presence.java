package fr.vodcompare.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Keeps titles' presence as runs of consecutive snapshots of a platform in a territory
 * ({@code title_presence}: seen from {@code first_seen} to {@code last_seen}). A title is in a
 * snapshot dated D when one of its runs in that territory has first_seen ≤ D ≤ last_seen; runs are
 * maximal, so adding or removing a snapshot only extends, splits, merges or trims the runs around it.
 * The titles of the snapshot being written sit in the temporary table {@code temp.snap_titles}.
 */
final class Presence {
    private final Connection c;
    private final String platformId;
    private final String territory;
    private final String asOf;
    /** The platform's snapshot dates in this territory just before and just after this one (null: none). */
    private final String prev;
    private final String next;

    private Presence(Connection c, String platformId, String territory, String asOf) throws SQLException {
        this.c = c;
        this.platformId = platformId;
        this.territory = territory;
        this.asOf = asOf;
        this.prev = neighbour("MAX", "<");
        this.next = neighbour("MIN", ">");
    }

    /** The presence of the snapshot of {@code platformId} in {@code territory} dated {@code asOf}. */
    static Presence of(Connection c, String platformId, String territory, String asOf) throws SQLException {
        return new Presence(c, platformId, territory, asOf);
    }

    private String neighbour(String agg, String op) throws SQLException {
        try (var ps = c.prepareStatement("SELECT " + agg + "(as_of) FROM snapshot WHERE platform_id = ? AND territory = ? AND as_of "
                + op + " ?")) {
            ps.setString(1, platformId);
            ps.setString(2, territory);
            ps.setString(3, asOf);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Fills {@code temp.snap_titles} with the titles of the snapshot being written. */
    static void stage(Connection c, Collection<Long> titleIds) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS snap_titles(title_id INTEGER PRIMARY KEY)");
            s.execute("DELETE FROM temp.snap_titles");
        }
        try (var ps = c.prepareStatement("INSERT OR IGNORE INTO temp.snap_titles(title_id) VALUES (?)")) {
            for (long id : titleIds) {
                ps.setLong(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Adds the staged titles as present at this date (no run may contain this date yet). */
    void add() throws SQLException {
        String in = "title_id IN (SELECT title_id FROM temp.snap_titles)";
        String here = "platform_id = ? AND territory = ?";
        if (prev != null && next != null) {
            // runs across this date whose title this snapshot does not list: split around it
            run("INSERT INTO title_presence(title_id, platform_id, territory, first_seen, last_seen) "
                    + "SELECT title_id, platform_id, territory, ?, last_seen FROM title_presence WHERE " + here
                    + " AND first_seen <= ? AND last_seen >= ? AND NOT " + in, next, platformId, territory, prev, next);
            run("UPDATE title_presence SET last_seen = ? WHERE " + here + " AND first_seen <= ? AND last_seen >= ? AND NOT " + in,
                    prev, platformId, territory, prev, next);
        }
        if (prev != null) {
            run("UPDATE title_presence SET last_seen = ? WHERE " + here + " AND last_seen = ? AND " + in, asOf, platformId,
                    territory, prev);
        }
        if (next != null) {
            // a run ending here now and one starting at the next snapshot become one run
            run("UPDATE title_presence AS a SET last_seen = (SELECT j.last_seen FROM title_presence j WHERE j.title_id = a.title_id "
                    + "AND j.territory = a.territory AND j.first_seen = ?) WHERE a." + here + " AND a.last_seen = ? AND a." + in
                    + " AND EXISTS (SELECT 1 FROM title_presence j WHERE j.title_id = a.title_id AND j.territory = a.territory "
                    + "AND j.first_seen = ?)", next, platformId, territory, asOf, next);
            run("DELETE FROM title_presence WHERE " + here + " AND first_seen = ? AND " + in + " AND EXISTS (SELECT 1 FROM "
                    + "title_presence a WHERE a.title_id = title_presence.title_id AND a.territory = title_presence.territory "
                    + "AND a.first_seen < ? AND a.last_seen > ?)", platformId, territory, next, asOf, asOf);
            run("UPDATE title_presence SET first_seen = ? WHERE " + here + " AND first_seen = ? AND " + in, asOf, platformId,
                    territory, next);
        }
        run("INSERT INTO title_presence(title_id, platform_id, territory, first_seen, last_seen) SELECT st.title_id, ?, ?, ?, ? "
                + "FROM temp.snap_titles st WHERE NOT EXISTS (SELECT 1 FROM title_presence p WHERE p.title_id = st.title_id "
                + "AND p.territory = ? AND p.first_seen <= ? AND p.last_seen >= ?)", platformId, territory, asOf, asOf,
                territory, asOf, asOf);
    }

    /**
     * Removes this date from every run (before the snapshot is deleted or written again): a run of this
     * date alone goes, a run that began or ended here now begins or ends at the neighbouring snapshot,
     * and a title missing only here has its runs on either side joined.
     */
    void remove() throws SQLException {
        String here = "platform_id = ? AND territory = ?";
        run("DELETE FROM title_presence WHERE " + here + " AND first_seen = ? AND last_seen = ?", platformId, territory, asOf, asOf);
        if (next != null) {
            run("UPDATE title_presence SET first_seen = ? WHERE " + here + " AND first_seen = ?", next, platformId, territory, asOf);
        }
        if (prev != null) {
            run("UPDATE title_presence SET last_seen = ? WHERE " + here + " AND last_seen = ?", prev, platformId, territory, asOf);
        }
        if (prev != null && next != null) {
            run("UPDATE title_presence AS a SET last_seen = (SELECT j.last_seen FROM title_presence j WHERE j.title_id = a.title_id "
                    + "AND j.territory = a.territory AND j.first_seen = ?) WHERE a." + here + " AND a.last_seen = ? AND EXISTS "
                    + "(SELECT 1 FROM title_presence j WHERE j.title_id = a.title_id AND j.territory = a.territory AND j.first_seen = ?)",
                    next, platformId, territory, prev, next);
            run("DELETE FROM title_presence WHERE " + here + " AND first_seen = ? AND EXISTS (SELECT 1 FROM title_presence a "
                    + "WHERE a.title_id = title_presence.title_id AND a.territory = title_presence.territory AND a.first_seen < ? "
                    + "AND a.last_seen >= ?)", platformId, territory, next, next, next);
        }
    }

    private void run(String sql, String... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
