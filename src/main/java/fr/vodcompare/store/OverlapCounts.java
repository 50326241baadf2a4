package fr.vodcompare.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The overlap of every two platforms' current catalogues, counted from the matched pairs whose two titles are current
 * (see {@link WorkRepository#currentPairCounts}). Compare's view, each platform's newest snapshot in any territory, is
 * kept in {@code overlap_count} (schema 11) and made again in the transaction of every write that changes the matches
 * or what is current, so the dashboard reads a row per pair instead of looking up every matched title; another
 * territory is counted from the pairs.
 */
final class OverlapCounts {
    private OverlapCounts() {
    }

    /** Per pair of platforms: platform A, B, pairs matched, candidate pairs, A's and B's titles in one of them. */
    static String direct(String territory) {
        String ambiguous = "'" + WorkRepository.AMBIGUOUS + "'";
        return "WITH " + Current.snapshotsCte(territory) + " SELECT m.platform_a, m.platform_b, SUM(m.rule <> " + ambiguous
                + "), SUM(m.rule = " + ambiguous + "), COUNT(DISTINCT m.title_a), COUNT(DISTINCT m.title_b) FROM work_match m WHERE "
                + Current.isCurrent("m.title_a") + " AND " + Current.isCurrent("m.title_b") + " GROUP BY 1, 2";
    }

    /** The kept counts when {@code territory} is not chosen, else {@link #counted}. */
    static List<WorkRepository.PairCounts> read(Connection c, String territory) throws SQLException {
        return Current.territory(territory) == null ? list(c, "SELECT platform_a, platform_b, shared, ambiguous, titles_of_a, "
                + "titles_of_b FROM overlap_count ORDER BY 1, 2") : counted(c, territory);
    }

    /** The counts of the pairs, whatever the territory (what the kept counts must equal), by platforms. */
    static List<WorkRepository.PairCounts> counted(Connection c, String territory) throws SQLException {
        return list(c, direct(territory) + " ORDER BY 1, 2");
    }

    private static List<WorkRepository.PairCounts> list(Connection c, String sql) throws SQLException {
        List<WorkRepository.PairCounts> out = new ArrayList<>();
        try (var ps = c.prepareStatement(sql); var rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new WorkRepository.PairCounts(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6)));
            }
        }
        return out;
    }

    /** Makes the kept pairs and counts again, inside the caller's write transaction (a few ms per thousand matched pairs). */
    static void refresh(Connection c) throws SQLException {
        OverlapPairs.refresh(c);
        String ambiguous = "'" + WorkRepository.AMBIGUOUS + "'";
        try (var st = c.createStatement()) {
            st.executeUpdate("DELETE FROM overlap_count");
            // counted from the pairs just kept (schema 12): the same pairs as direct(null), without looking their titles up again
            st.executeUpdate("INSERT INTO overlap_count(platform_a, platform_b, shared, ambiguous, titles_of_a, titles_of_b) "
                    + "SELECT platform_a, platform_b, SUM(rule <> " + ambiguous + "), SUM(rule = " + ambiguous + "), "
                    + "COUNT(DISTINCT title_a), COUNT(DISTINCT title_b) FROM overlap_pair GROUP BY 1, 2");
        }
    }
}
