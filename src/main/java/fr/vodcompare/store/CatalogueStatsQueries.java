package fr.vodcompare.store;

import fr.vodcompare.model.CurrentSnapshot;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts over the titles of each platform's newest snapshot, broken down by one field, for the
 * comparison charts. Every breakdown keeps the titles whose field is unknown (as a null key), so the
 * charts can show them. Thread-safe; every method runs on the calling thread (JDBC).
 */
public final class CatalogueStatsQueries {
    private final Database db;
    /** The titles of the current snapshot of their platform, each once. */
    private final String currentTitles;
    private final String territory;

    /** Counts over each platform's newest snapshot. */
    public CatalogueStatsQueries(Database db) {
        this(db, null);
    }

    /**
     * Counts over each platform's newest snapshot in {@code territory} (a platform with no snapshot
     * there: its newest in any territory); null: each platform's newest snapshot.
     */
    public CatalogueStatsQueries(Database db, String territory) {
        this.db = db;
        this.territory = Current.territory(territory);
        this.currentTitles = "SELECT t.* FROM title t WHERE t.id IN (" + Current.titleIds(this.territory) + ")";
    }


    /** One cell of a breakdown: the titles of a platform with a given key; {@code key} null means unknown. */
    public record Count(String platformId, String key, int titles) {
    }

    /** The current snapshot of every platform that has one, in registry order. */
    public List<CurrentSnapshot> currentSnapshots() throws StoreException {
        String sql = "SELECT s.platform_id, s.as_of, s.territory, s.source_name, s.title_count "
                + "FROM snapshot s JOIN platform p ON p.id = s.platform_id WHERE s.id IN (" + Current.snapshotIds(territory) + ") "
                + "ORDER BY p.bundled DESC, p.rowid";
        return db.read(c -> {
            List<CurrentSnapshot> out = new ArrayList<>();
            try (var ps = c.prepareStatement(sql); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new CurrentSnapshot(rs.getString(1), LocalDate.parse(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getInt(5)));
                }
            }
            return out;
        });
    }

    /** Titles by kind code ({@code film}, {@code series}, {@code other}). */
    public List<Count> byKind() throws StoreException {
        return counts("SELECT t.platform_id, t.kind, COUNT(*) FROM (" + currentTitles + ") t GROUP BY 1, 2");
    }

    /** Titles by release decade ("1990" for 1990–1999); null for an unknown release year. */
    public List<Count> byReleaseDecade() throws StoreException {
        return counts("SELECT t.platform_id, CAST((t.release_year / 10) * 10 AS TEXT), COUNT(*) FROM (" + currentTitles
                + ") t GROUP BY 1, 2");
    }

    /** Titles by the year they were added to the platform ("2019"); null for an unknown date added. */
    public List<Count> byYearAdded() throws StoreException {
        return counts("SELECT t.platform_id, substr(t.date_added, 1, 4), COUNT(*) FROM (" + currentTitles
                + ") t GROUP BY 1, 2");
    }

    /**
     * Titles by the region (FRANCE, EUROPE, US, OTHER) of their first listed production country;
     * null when the file names no country.
     */
    public List<Count> byFirstCountryRegion() throws StoreException {
        return counts("SELECT t.platform_id, co.region, COUNT(*) FROM (" + currentTitles + ") t "
                + "LEFT JOIN title_country tc ON tc.title_id = t.id AND tc.position = 0 "
                + "LEFT JOIN country co ON co.id = tc.country_id GROUP BY 1, 2");
    }

    /** Every genre label the store knows, as the files wrote them. */
    public List<String> genreNames() throws StoreException {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (var ps = c.prepareStatement("SELECT name FROM genre ORDER BY name"); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /**
     * Titles per group of genre labels, each title counted once per group however many of the group's
     * labels it has; plus, under the null key, the titles that have no genre at all.
     *
     * @param groupOfGenre genre label (as {@link #genreNames()} gives it) to group key; labels not in the map are ignored
     *                     (the map's own key comparison applies: pass a case-insensitive map to ignore case)
     */
    public List<Count> byGenreGroup(Map<String, String> groupOfGenre) throws StoreException {
        List<Count> out = new ArrayList<>(db.read(c -> {
            // integer keys: the join then compares ids, not names
            Map<Long, String> groupOfId = new LinkedHashMap<>();
            try (var ps = c.prepareStatement("SELECT id, name FROM genre"); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    String group = groupOfGenre.get(rs.getString(2));
                    if (group != null) {
                        groupOfId.put(rs.getLong(1), group);
                    }
                }
            }
            if (groupOfId.isEmpty()) {
                return List.<Count>of();
            }
            String values = String.join(", ", java.util.Collections.nCopies(groupOfId.size(), "(?, ?)"));
            String sql = "WITH grp(genre_id, key) AS (VALUES " + values + ") "
                    + "SELECT t.platform_id, grp.key, COUNT(DISTINCT t.id) FROM (" + currentTitles + ") t "
                    + "JOIN title_genre tg ON tg.title_id = t.id JOIN grp ON grp.genre_id = tg.genre_id GROUP BY 1, 2";
            try (var ps = c.prepareStatement(sql)) {
                int i = 1;
                for (Map.Entry<Long, String> e : groupOfId.entrySet()) {
                    ps.setLong(i++, e.getKey());
                    ps.setString(i++, e.getValue());
                }
                return read(ps);
            }
        }));
        out.addAll(counts("SELECT t.platform_id, NULL, COUNT(*) FROM (" + currentTitles + ") t "
                + "WHERE NOT EXISTS (SELECT 1 FROM title_genre tg WHERE tg.title_id = t.id) GROUP BY 1"));
        return out;
    }

    private List<Count> counts(String sql) throws StoreException {
        return db.read(c -> {
            try (var ps = c.prepareStatement(sql)) {
                return read(ps);
            }
        });
    }

    private static List<Count> read(PreparedStatement ps) throws SQLException {
        List<Count> out = new ArrayList<>();
        try (var rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Count(rs.getString(1), rs.getString(2), rs.getInt(3)));
            }
        }
        return out;
    }
}
