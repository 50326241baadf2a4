package fr.vodcompare.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * A snapshot's titles counted as its aggregates keep them ({@code snapshot_count}, schema 7; {@link SnapshotAggregates}),
 * a title at a time, in memory bounded by the number of groups (thousands, whatever the number of titles): by kind and
 * country list, by release decade, by year added, by genre list. Titles with the same country list have the same country
 * links, and the same genre list the same genre links (both are made from the list): the links are read for one title of
 * each list (the lowest id, {@code rep}) when the counts are written, not for every title. Fed by the titles read from the
 * store ({@link SnapshotAggregates#refresh}) or, for a platform's first catalogue, by the rows as they are written
 * ({@link NewPlatformWriter}): one pass, no sort.
 */
final class SnapshotGroups {
    private record RegionOrigin(String region, String origin) {
    }

    /** A group's number of titles and its lowest title id. */
    private static final class Group {
        long titles;
        long rep = Long.MAX_VALUE;

        void add(long id) {
            titles++;
            rep = Math.min(rep, id);
        }
    }

    /** By kind (few), then country list. */
    private final Map<String, Map<String, Group>> byCountries = new HashMap<>();
    private final Map<String, Group> byGenres = new HashMap<>();
    /** By release decade (null: unknown year); its key written as text. */
    private final Map<Integer, long[]> byDecade = new HashMap<>();
    private final Map<String, long[]> byAdded = new HashMap<>();

    /**
     * Counts a title by what its row holds: {@code kind}, {@code countryText}, {@code genreText} and {@code dateAdded} as
     * stored (null when none), {@code releaseYear} null when unknown.
     */
    void add(long id, String kind, String countryText, Integer releaseYear, String dateAdded, String genreText) {
        byCountries.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(countryText, k -> new Group()).add(id);
        byGenres.computeIfAbsent(genreText, k -> new Group()).add(id);
        byDecade.computeIfAbsent(releaseYear == null ? null : releaseYear / 10 * 10, k -> new long[1])[0]++;
        byAdded.computeIfAbsent(dateAdded == null ? null : dateAdded.substring(0, Math.min(4, dateAdded.length())),
                k -> new long[1])[0]++;
    }

    /** Writes the counts as snapshot {@code snapshotId}'s aggregates (its titles' links read for one title of each group). */
    void write(Connection c, long snapshotId) throws SQLException {
        Map<RegionOrigin, Long> byRegion = new HashMap<>();
        Map<String, Long> byGenreIds = new HashMap<>();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO snapshot_count(snapshot_id, dim, key, sub, titles) "
                + "VALUES (?, ?, ?, ?, ?)");
             // one read of a title's countries: the region of its first, and whether one is French or else European
             PreparedStatement regionOrigin = c.prepareStatement("SELECT MAX(CASE WHEN tc.position = 0 THEN co.region END), "
                     + "CASE MIN(CASE co.region WHEN 'FRANCE' THEN 1 WHEN 'EUROPE' THEN 2 END) WHEN 1 THEN 'france' "
                     + "WHEN 2 THEN 'europe' END FROM title_country tc JOIN country co ON co.id = tc.country_id "
                     + "WHERE tc.title_id = ?");
             PreparedStatement genres = c.prepareStatement("SELECT group_concat(tg.genre_id) FROM title_genre tg "
                     + "WHERE tg.title_id = ?")) {
            for (Map.Entry<String, Map<String, Group>> kind : byCountries.entrySet()) {
                for (Map.Entry<String, Group> e : kind.getValue().entrySet()) {
                    Group g = e.getValue();
                    add(insert, snapshotId, "countries", kind.getKey(), e.getKey(), g.titles);
                    byRegion.merge(regionOrigin(regionOrigin, g.rep), g.titles, Long::sum);
                }
            }
            for (Map.Entry<RegionOrigin, Long> e : byRegion.entrySet()) {
                add(insert, snapshotId, "region", e.getKey().region(), e.getKey().origin(), e.getValue());
            }
            for (Map.Entry<Integer, long[]> e : byDecade.entrySet()) {
                add(insert, snapshotId, "decade", e.getKey() == null ? null : e.getKey().toString(), null, e.getValue()[0]);
            }
            for (Map.Entry<String, long[]> e : byAdded.entrySet()) {
                add(insert, snapshotId, "added", e.getKey(), null, e.getValue()[0]);
            }
            for (Group g : byGenres.values()) {
                byGenreIds.merge(text(genres, g.rep), g.titles, Long::sum);
            }
            for (Map.Entry<String, Long> e : byGenreIds.entrySet()) {
                add(insert, snapshotId, "genres", e.getKey(), null, e.getValue());
            }
            insert.executeBatch();
        }
    }

    private static void add(PreparedStatement insert, long snapshotId, String dim, String key, String sub, long titles)
            throws SQLException {
        insert.setLong(1, snapshotId);
        insert.setString(2, dim);
        insert.setString(3, key);
        insert.setString(4, sub);
        insert.setLong(5, titles);
        insert.addBatch();
    }

    private static RegionOrigin regionOrigin(PreparedStatement query, long titleId) throws SQLException {
        query.setLong(1, titleId);
        try (var rs = query.executeQuery()) {
            return rs.next() ? new RegionOrigin(rs.getString(1), rs.getString(2)) : new RegionOrigin(null, null);
        }
    }

    /** The text the one-value query gives for a title (null when it gives no row or null). */
    private static String text(PreparedStatement query, long titleId) throws SQLException {
        query.setLong(1, titleId);
        try (var rs = query.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
