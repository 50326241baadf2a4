package fr.vodcompare.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the per-snapshot aggregates ({@code snapshot_count}, schema 7): for each snapshot that can be current (the
 * newest of its platform in its territory), its titles counted by kind and countries, release decade, year added,
 * region of the first country (with whether a French or European country is listed) and set of genres, each title by
 * its current view (the title row and its links) as the comparison counts them. A write to a platform's catalogue can
 * change the current view of any of its titles, so every write refreshes the platform's aggregates: set-based, three
 * grouped passes over each current snapshot's titles (about 2.5 s of one core at 1,000,000 titles). Inside the caller's
 * write transaction.
 */
final class SnapshotAggregates {
    /** The titles of snapshot {@code %1$d}, each once, with their title rows ({@code t}). */
    private static final String TITLES = " FROM snapshot s JOIN title_presence p ON p.platform_id = s.platform_id "
            + "AND p.territory = s.territory AND p.last_seen = s.as_of JOIN title t ON t.id = p.title_id WHERE s.id = %1$d ";
    private static final String INSERT = " INSERT INTO snapshot_count(snapshot_id, dim, key, sub, titles) ";
    /**
     * Three grouped passes over the snapshot's titles (the snapshot id is written in as {@code %1$d}, a number). Titles with
     * the same country list have the same country links, and the same genre list the same genre links (both are made from
     * the list): the links are read for one title of each list ({@code rep}), not for every title.
     */
    private static final List<String> FILL = List.of(
            "WITH g AS MATERIALIZED (SELECT t.kind AS kind, t.country_text AS countries, MIN(t.id) AS rep, COUNT(*) AS n" + TITLES
                    + "GROUP BY 1, 2)" + INSERT + "SELECT %1$d, 'countries', kind, countries, n FROM g UNION ALL SELECT %1$d, 'region', "
                    + "(SELECT co.region FROM title_country tc JOIN country co ON co.id = tc.country_id WHERE tc.title_id = g.rep "
                    + "AND tc.position = 0), (SELECT CASE MIN(CASE co.region WHEN 'FRANCE' THEN 1 WHEN 'EUROPE' THEN 2 END) "
                    + "WHEN 1 THEN 'france' WHEN 2 THEN 'europe' END FROM title_country tc JOIN country co ON co.id = tc.country_id "
                    + "WHERE tc.title_id = g.rep), SUM(n) FROM g GROUP BY 3, 4",
            "WITH g AS MATERIALIZED (SELECT CAST((t.release_year / 10) * 10 AS TEXT) AS decade, substr(t.date_added, 1, 4) AS added, "
                    + "COUNT(*) AS n" + TITLES + "GROUP BY 1, 2)" + INSERT + "SELECT %1$d, 'decade', decade, NULL, SUM(n) FROM g "
                    + "GROUP BY decade UNION ALL SELECT %1$d, 'added', added, NULL, SUM(n) FROM g GROUP BY added",
            INSERT.strip() + " SELECT %1$d, 'genres', (SELECT group_concat(tg.genre_id) FROM title_genre tg WHERE tg.title_id = g.rep), "
                    + "NULL, SUM(g.n) FROM (SELECT MIN(t.id) AS rep, COUNT(*) AS n" + TITLES + "GROUP BY t.genre_text) g GROUP BY 3");

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
        try (var ps = c.prepareStatement("SELECT platform_id FROM snapshot WHERE id = ?")) {
            ps.setLong(1, snapshotId);
            try (var rs = ps.executeQuery()) {
                if (rs.next()) {
                    refreshPlatform(c, rs.getString(1));
                }
            }
        }
    }

    /**
     * After a write to a platform's catalogue (a snapshot deleted): its aggregates made again, its catalogue steps forgotten
     * ({@link SnapshotSteps}) and the overlap counts made again ({@link OverlapCounts}).
     */
    static void refreshPlatform(Connection c, String platformId) throws SQLException {
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
            fill(c, id);
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

    private static void fill(Connection c, long snapshotId) throws SQLException {
        try (var st = c.createStatement()) {
            for (String sql : FILL) {
                st.executeUpdate(String.format(java.util.Locale.ROOT, sql, snapshotId));
            }
        }
    }
}
