package fr.vodcompare.store;

import fr.vodcompare.store.TitleBrowseQueries.Genre;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every genre with its number of titles in the platforms' current catalogues (each platform's newest snapshot), read
 * from the per-snapshot aggregates ({@link SnapshotAggregates}: the titles of a snapshot counted by their set of
 * genres), so a few hundred rows rather than every title's genre links (seconds of one core at 1,000,000 titles).
 */
final class CurrentGenres {
    private CurrentGenres() {
    }

    /** The genres some current title has, by name (case ignored), each with its number of current titles. */
    static List<Genre> read(Connection c) throws SQLException {
        Map<Long, Integer> counts = new HashMap<>();
        try (var ps = c.prepareStatement("SELECT a.key, SUM(a.titles) FROM snapshot_count a WHERE a.dim = 'genres' "
                + "AND a.key IS NOT NULL AND a.snapshot_id IN (" + Current.snapshotIds(null) + ") GROUP BY a.key");
             var rs = ps.executeQuery()) {
            while (rs.next()) {
                int titles = rs.getInt(2);
                for (String id : rs.getString(1).split(",")) {
                    counts.merge(Long.parseLong(id.strip()), titles, Integer::sum);
                }
            }
        }
        List<Genre> out = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT id, name FROM genre ORDER BY name COLLATE NOCASE, id");
             var rs = ps.executeQuery()) {
            while (rs.next()) {
                Integer n = counts.get(rs.getLong(1));
                if (n != null && n > 0) {
                    out.add(new Genre(rs.getLong(1), rs.getString(2), n));
                }
            }
        }
        return out;
    }
}
