package fr.vodcompare.store;

import fr.vodcompare.model.Kind;
import fr.vodcompare.model.Normalise;
import fr.vodcompare.model.Title;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Read-side queries over titles: full-text search and per-platform counts. Thread-safe. */
public final class TitleQueries {
    private final Database db;

    public TitleQueries(Database db) {
        this.db = db;
    }

    /** Counts per platform, over each platform's newest snapshot(s). */
    public record PlatformCount(String platformId, String name, LocalDate asOf, String territory, int titles, int films,
                                int series) {
    }

    public List<PlatformCount> platformCounts() throws StoreException {
        return platformCounts(null);
    }

    /**
     * Counts per platform over its newest snapshot in {@code territory} (a platform with no snapshot
     * there: its newest in any territory); null: each platform's newest snapshot.
     */
    public List<PlatformCount> platformCounts(String territory) throws StoreException {
        return db.read(c -> {
            List<PlatformCount> out = new ArrayList<>();
            // from the per-snapshot aggregates (SnapshotAggregates): titles by kind and countries
            String sql = "SELECT p.id, p.name, s.as_of, s.territory, SUM(a.titles), "
                    + "SUM(CASE WHEN a.key = 'film' THEN a.titles ELSE 0 END), SUM(CASE WHEN a.key = 'series' THEN a.titles ELSE 0 END) "
                    + "FROM platform p JOIN snapshot s ON s.platform_id = p.id AND s.id IN (" + Current.snapshotIds(territory) + ") "
                    + "JOIN snapshot_count a ON a.snapshot_id = s.id AND a.dim = 'countries' "
                    + "GROUP BY p.id, s.id ORDER BY p.bundled DESC, p.rowid";
            try (var ps = c.prepareStatement(sql); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PlatformCount(rs.getString(1), rs.getString(2), LocalDate.parse(rs.getString(3)),
                            rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getInt(7)));
                }
            }
            return out;
        });
    }

    /**
     * Full-text search over title, director and cast, accents and case ignored; every word must match,
     * the last one as a prefix (search-as-you-type). Best matches first.
     *
     * @param platformId null for every platform
     */
    public List<Title> search(String text, String platformId, int limit) throws StoreException {
        String match = ftsQuery(text);
        if (match.isEmpty()) {
            return List.of();
        }
        return db.read(c -> {
            String sql = "SELECT " + COLUMNS + " FROM title_fts f JOIN title t ON t.id = f.rowid "
                    + "WHERE title_fts MATCH ? AND (? IS NULL OR t.platform_id = ?) ORDER BY bm25(title_fts, 10.0, 2.0, 1.0), t.id LIMIT ?";
            try (var ps = c.prepareStatement(sql)) {
                ps.setString(1, match);
                ps.setString(2, platformId);
                ps.setString(3, platformId);
                ps.setInt(4, limit);
                return list(ps.executeQuery());
            }
        });
    }

    /**
     * Turns what a user typed into an FTS5 query: each word quoted, the last as a prefix; a leading
     * {@code director:} or {@code cast:} searches that field only (see {@link SearchText}).
     */
    public static String ftsQuery(String text) {
        return SearchText.parse(text).fts();
    }

    static final String COLUMNS = "t.id, t.platform_id, t.show_id, t.kind, t.name, t.director, t.cast_list, t.country_text, "
            + "t.date_added, t.release_year, t.rating, t.duration, t.genre_text, t.description";

    static List<Title> list(ResultSet rs) throws SQLException {
        try (rs) {
            List<Title> out = new ArrayList<>();
            while (rs.next()) {
                out.add(map(rs));
            }
            return out;
        }
    }

    static Title map(ResultSet rs) throws SQLException {
        String added = rs.getString(9);
        return new Title(rs.getLong(1), rs.getString(2), rs.getString(3), Kind.fromCode(rs.getString(4)), rs.getString(5),
                rs.getString(6), rs.getString(7), split(rs.getString(8)), added == null ? null : LocalDate.parse(added),
                (Integer) rs.getObject(10), rs.getString(11), rs.getString(12), split(rs.getString(13)), rs.getString(14));
    }

    private static List<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Normalise.commaList(joined);
    }

    /** Two titles {@code t} and {@code o} with the same normalised name, year and kind (served by the title_sort index). */
    static final String SAME_KEY = "o.norm_name = t.norm_name AND o.release_year IS t.release_year AND o.kind = t.kind";

    /** The platforms a work is on, by the cross-platform match (for a title's detail). */
    public List<String> platformsOfSameWork(long titleId) throws StoreException {
        return db.read(c -> platformsOfSameWork(c, titleId));
    }

    private static List<String> platformsOfSameWork(Connection c, long titleId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT DISTINCT o.platform_id FROM title t JOIN title o ON " + SAME_KEY + " "
                + "WHERE t.id = ? ORDER BY o.platform_id")) {
            ps.setLong(1, titleId);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
