package fr.vodcompare.store;

import fr.vodcompare.model.CurrentSnapshot;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts over the titles of each platform's newest snapshot, broken down by one field, for the
 * comparison charts. Every breakdown keeps the titles whose field is unknown (as a null key), so the
 * charts can show them. Read from the per-snapshot aggregates ({@link SnapshotAggregates}): a few hundred
 * rows whatever the catalogues' size. Thread-safe; every method runs on the calling thread (JDBC).
 */
public final class CatalogueStatsQueries {
    private final Database db;
    private final String territory;
    /** The aggregates of the current snapshots: {@code a}, with the snapshot {@code s}. */
    private final String aggregates;

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
        this.aggregates = " FROM snapshot_count a JOIN snapshot s ON s.id = a.snapshot_id WHERE a.snapshot_id IN ("
                + Current.snapshotIds(this.territory) + ")";
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
        return counts(by("countries"));
    }

    /** Titles by release decade ("1990" for 1990–1999); null for an unknown release year. */
    public List<Count> byReleaseDecade() throws StoreException {
        return counts(by("decade"));
    }

    /** Titles by the year they were added to the platform ("2019"); null for an unknown date added. */
    public List<Count> byYearAdded() throws StoreException {
        return counts(by("added"));
    }

    /**
     * Titles by the region (FRANCE, EUROPE, US, OTHER) of their first listed production country;
     * null when the file names no country.
     */
    public List<Count> byFirstCountryRegion() throws StoreException {
        return counts(by("region"));
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
        return db.read(c -> {
            Map<String, String> groupOfId = new HashMap<>();
            try (var ps = c.prepareStatement("SELECT id, name FROM genre"); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    String group = groupOfGenre.get(rs.getString(2));
                    if (group != null) {
                        groupOfId.put(Long.toString(rs.getLong(1)), group);
                    }
                }
            }
            // each row: the titles of a platform with one set of genre ids; a title counts once in each group of its set
            Map<List<String>, Integer> byGroup = new LinkedHashMap<>();
            List<Count> out = new ArrayList<>();
            // one current snapshot per platform, and one row per set of genre ids in a snapshot's aggregates: nothing to group
            // (grouping sorted the rows, most of the time of the genre mix)
            for (Count set : read(c, "SELECT s.platform_id, a.key, a.titles" + aggregates + " AND a.dim = 'genres'")) {
                if (set.key() == null) {
                    out.add(set);
                    continue;
                }
                Set<String> groups = new LinkedHashSet<>();
                for (String id : set.key().split(",")) {
                    String group = groupOfId.get(id);
                    if (group != null) {
                        groups.add(group);
                    }
                }
                for (String group : groups) {
                    byGroup.merge(List.of(set.platformId(), group), set.titles(), Integer::sum);
                }
            }
            byGroup.forEach((k, n) -> out.add(new Count(k.get(0), k.get(1), n)));
            return out;
        });
    }

    /**
     * The production-country make-up of each platform's current catalogue: titles, titles with a country, titles with
     * a French country, titles with a French or European country.
     */
    public List<TitleBrowseQueries.Origins> origins() throws StoreException {
        String sql = "SELECT s.platform_id, SUM(CASE WHEN a.dim = 'countries' THEN a.titles END), "
                + "SUM(CASE WHEN a.dim = 'countries' AND a.sub IS NOT NULL THEN a.titles END), "
                + "SUM(CASE WHEN a.dim = 'region' AND a.sub = 'france' THEN a.titles END), "
                + "SUM(CASE WHEN a.dim = 'region' AND a.sub IN ('france', 'europe') THEN a.titles END)" + aggregates
                + " AND a.dim IN ('countries', 'region') GROUP BY a.snapshot_id"; // one per platform, in the index's order: no sort
        return db.read(c -> {
            List<TitleBrowseQueries.Origins> out = new ArrayList<>();
            try (var ps = c.prepareStatement(sql); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TitleBrowseQueries.Origins(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
                }
            }
            return out;
        });
    }

    /** The counts of one field of the aggregates, per platform and key. */
    private String by(String dim) {
        return "SELECT s.platform_id, a.key, SUM(a.titles)" + aggregates + " AND a.dim = '" + dim + "' GROUP BY 1, 2";
    }

    private List<Count> counts(String sql) throws StoreException {
        return db.read(c -> read(c, sql));
    }

    private static List<Count> read(Connection c, String sql) throws SQLException {
        List<Count> out = new ArrayList<>();
        try (var ps = c.prepareStatement(sql); var rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Count(rs.getString(1), rs.getString(2), rs.getInt(3)));
            }
        }
        return out;
    }
}
