package fr.vodcompare.store;

import fr.vodcompare.model.Kind;
import fr.vodcompare.store.WorkRepository.CurrentPair;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The matched pairs whose two titles are current, with their titles' names, kind and years (see
 * {@link WorkRepository#currentPairs}). Compare's view, each platform's newest snapshot in any territory, is kept in
 * {@code overlap_pair} (schema 12), made again with the overlap counts ({@link OverlapCounts#refresh}) in the transaction
 * of every write that changes the matches, what is current or the titles, so that a pair's list reads one range of rows
 * already in order; another territory is read from the matches.
 */
final class OverlapPairs {
    private static final String COLUMNS = "platform_a, platform_b, title_a, title_b, name_a, name_b, kind, year_a, year_b, rule, "
            + "confidence";

    private OverlapPairs() {
    }

    /** The current pairs from the matches, in {@link #COLUMNS} order, of one pair of platforms ({@code ?1}, {@code ?2}) or all. */
    private static String direct(String territory, boolean onePair) {
        return "WITH " + Current.snapshotsCte(territory) + " SELECT a.platform_id, b.platform_id, m.title_a, m.title_b, a.name, "
                + "b.name, a.kind, a.release_year, b.release_year, m.rule, m.confidence FROM work_match m JOIN title a ON a.id = m.title_a "
                + "JOIN title b ON b.id = m.title_b WHERE " + (onePair ? "m.platform_a = ?1 AND m.platform_b = ?2 AND " : "")
                + Current.isCurrent("m.title_a") + " AND " + Current.isCurrent("m.title_b");
    }

    /**
     * The current pairs of {@code platformA} and {@code platformB} (or of every two platforms when both are null), by
     * platforms, then A's title without case, then the two ids: the kept rows when {@code territory} is not chosen, else
     * {@link #counted}.
     */
    static List<CurrentPair> read(Connection c, String territory, String platformA, String platformB) throws SQLException {
        if (Current.territory(territory) != null) {
            return counted(c, territory, platformA, platformB);
        }
        // name_a sorts without case (its column's collation): the primary key's order, read as it lies
        String order = " ORDER BY platform_a, platform_b, name_a, title_a, title_b";
        if (platformA == null) {
            return list(c, "SELECT " + COLUMNS + " FROM overlap_pair" + order, null, null);
        }
        return onePair(c, platformA, platformB, order);
    }

    /**
     * The kept pairs of two platforms. The driver's cost is per column read (about a microsecond each, most of the time of a
     * list of thousands of pairs), so the two ids, years, kind and rule come as one text ({@code 12 34 2001 - film title_year},
     * {@code -} for no year: numbers and codes, no space in any) beside the names and the confidence.
     */
    private static List<CurrentPair> onePair(Connection c, String platformA, String platformB, String order) throws SQLException {
        List<CurrentPair> out = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT name_a, name_b, confidence, title_a || ' ' || title_b || ' ' || ifnull(year_a, '-') "
                + "|| ' ' || ifnull(year_b, '-') || ' ' || kind || ' ' || rule FROM overlap_pair WHERE platform_a = ?1 AND platform_b = ?2"
                + order)) {
            ps.setString(1, platformA);
            ps.setString(2, platformB);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    String[] f = rs.getString(4).split(" ", 6);
                    out.add(new CurrentPair(platformA, platformB, Long.parseLong(f[0]), Long.parseLong(f[1]), rs.getString(1),
                            rs.getString(2), Kind.fromCode(f[4]), packedYear(f[2]), packedYear(f[3]), f[5], rs.getDouble(3)));
                }
            }
        }
        return out;
    }

    private static Integer packedYear(String field) {
        return field.equals("-") ? null : Integer.valueOf(field);
    }

    /** The current pairs read from the matches, whatever the territory (what the kept rows must equal), in {@link #read}'s order. */
    static List<CurrentPair> counted(Connection c, String territory, String platformA, String platformB) throws SQLException {
        return list(c, direct(territory, platformA != null) + " ORDER BY 1, 2, 5 COLLATE NOCASE, 3, 4", platformA, platformB);
    }

    private static List<CurrentPair> list(Connection c, String sql, String platformA, String platformB) throws SQLException {
        List<CurrentPair> out = new ArrayList<>();
        try (var ps = c.prepareStatement(sql)) {
            if (platformA != null) {
                ps.setString(1, platformA);
                ps.setString(2, platformB);
            }
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new CurrentPair(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                            rs.getString(6), Kind.fromCode(rs.getString(7)), WorkRepository.year(rs, 8), WorkRepository.year(rs, 9), rs.getString(10),
                            rs.getDouble(11)));
                }
            }
        }
        return out;
    }

    /** Makes the kept pairs again, inside the caller's write transaction ({@link OverlapCounts#refresh} calls it). */
    static void refresh(Connection c) throws SQLException {
        try (var st = c.createStatement()) {
            st.executeUpdate("DELETE FROM overlap_pair");
            st.executeUpdate("INSERT INTO overlap_pair(" + COLUMNS + ") " + direct(null, false));
        }
    }
}
