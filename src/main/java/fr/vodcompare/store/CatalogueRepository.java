package fr.vodcompare.store;

import fr.vodcompare.model.Kind;
import fr.vodcompare.model.Normalise;
import fr.vodcompare.model.Region;
import fr.vodcompare.model.Snapshot;
import fr.vodcompare.model.Title;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Catalogue snapshots and their titles: writing an imported snapshot, listing and deleting snapshots. */
public final class CatalogueRepository {
    private static final Pattern MINUTES = Pattern.compile("(\\d+)\\s*min", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEASONS = Pattern.compile("(\\d+)\\s*Seasons?", Pattern.CASE_INSENSITIVE);

    private static final String MATCH_REASON = "same normalised title, year and kind";

    private final Database db;

    CatalogueRepository(Database db) {
        this.db = db;
    }

    /** What a snapshot import did. */
    public record ImportCounts(long snapshotId, int added, int updated, int unchanged, boolean replacedSnapshot) {
    }

    /**
     * Writes one snapshot inside the caller's write transaction. Titles already stored for the
     * platform (same key) are updated in place, so a title seen in several snapshots is stored once;
     * importing the same snapshot again replaces its list of titles and changes nothing else.
     */
    static ImportCounts importSnapshot(Connection c, Snapshot spec, List<Title> titles) throws SQLException {
        long snapshotId;
        boolean replaced = false;
        try (var ps = c.prepareStatement("SELECT id FROM snapshot WHERE platform_id = ? AND as_of = ? AND territory = ?")) {
            ps.setString(1, spec.platformId());
            ps.setString(2, spec.asOf().toString());
            ps.setString(3, spec.territory());
            try (var rs = ps.executeQuery()) {
                snapshotId = rs.next() ? rs.getLong(1) : -1;
            }
        }
        if (snapshotId >= 0) {
            replaced = true;
            try (var ps = c.prepareStatement("DELETE FROM title_seen WHERE snapshot_id = ?")) {
                ps.setLong(1, snapshotId);
                ps.executeUpdate();
            }
            try (var ps = c.prepareStatement("UPDATE snapshot SET source_name = ?, source_file = ? WHERE id = ?")) {
                ps.setString(1, spec.sourceName());
                ps.setString(2, spec.sourceFile());
                ps.setLong(3, snapshotId);
                ps.executeUpdate();
            }
        } else {
            try (var ps = c.prepareStatement("INSERT INTO snapshot(platform_id, as_of, territory, source_name, source_file, "
                    + "bundled, imported_at) VALUES (?,?,?,?,?,?,?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, spec.platformId());
                ps.setString(2, spec.asOf().toString());
                ps.setString(3, spec.territory());
                ps.setString(4, spec.sourceName());
                ps.setString(5, spec.sourceFile());
                ps.setInt(6, spec.bundled() ? 1 : 0);
                ps.setString(7, Instant.now().toString());
                ps.executeUpdate();
                try (var keys = ps.getGeneratedKeys()) {
                    keys.next();
                    snapshotId = keys.getLong(1);
                }
            }
        }
        long maxIdBefore;
        try (var ps = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM title"); var rs = ps.executeQuery()) {
            maxIdBefore = rs.getLong(1);
        }
        TitleWriter w = new TitleWriter(c, maxIdBefore);
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (Title t : titles) {
            switch (w.upsert(t)) {
                case ADDED: added++; break;
                case UPDATED: updated++; break;
                default: unchanged++;
            }
            w.seen(snapshotId, w.lastId);
        }
        w.close();
        // One statement indexes every new title: much faster than a trigger per row.
        try (var ps = c.prepareStatement("INSERT INTO title_fts(rowid, name, director, cast_list) "
                + "SELECT id, name, director, cast_list FROM title WHERE id > ?")) {
            ps.setLong(1, maxIdBefore);
            ps.executeUpdate();
        }
        try (var ps = c.prepareStatement("INSERT INTO title_fts(rowid, name, director, cast_list) "
                + "SELECT id, name, director, cast_list FROM title WHERE id = ?")) {
            for (long id : w.reindex) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        }
        return new ImportCounts(snapshotId, added, updated, unchanged, replaced);
    }

    /** The key that identifies a title within its platform. */
    static String extKey(Title t) {
        return t.showId() != null && !t.showId().isBlank() ? "id:" + t.showId().strip()
                : "key:" + Normalise.titleKey(t.name(), t.releaseYear(), t.kind());
    }

    /** Writes titles with prepared statements reused across rows. */
    private static final class TitleWriter implements AutoCloseable {
        enum Outcome { ADDED, UPDATED, UNCHANGED }

        private final Connection c;
        private final PreparedStatement find;
        private final PreparedStatement insert;
        private final PreparedStatement update;
        private final PreparedStatement seen;
        private final PreparedStatement clearCountries;
        private final PreparedStatement clearGenres;
        private final PreparedStatement addCountry;
        private final PreparedStatement addGenre;
        private final PreparedStatement findWork;
        private final PreparedStatement insertWork;
        private final Map<String, Long> workIds = new HashMap<>();
        private final PreparedStatement ftsDelete;
        /** Titles up to this id were in the full-text index before this import. */
        private final long indexedUpTo;
        /** Already indexed titles whose text changed: indexed again once the rows are written. */
        final List<Long> reindex = new ArrayList<>();
        private final Map<String, Long> countryIds = new HashMap<>();
        private final Map<String, Long> genreIds = new HashMap<>();
        long lastId;

        TitleWriter(Connection c, long indexedUpTo) throws SQLException {
            this.c = c;
            this.indexedUpTo = indexedUpTo;
            ftsDelete = c.prepareStatement("INSERT INTO title_fts(title_fts, rowid, name, director, cast_list) "
                    + "VALUES ('delete', ?, ?, ?, ?)");
            find = c.prepareStatement("SELECT id, kind, name, director, cast_list, country_text, genre_text, date_added, "
                    + "release_year, rating, duration, description FROM title WHERE platform_id = ? AND ext_key = ?");
            insert = c.prepareStatement("INSERT INTO title(platform_id, ext_key, show_id, kind, name, norm_name, director, "
                    + "cast_list, country_text, genre_text, date_added, release_year, rating, duration, duration_minutes, "
                    + "seasons, description, work_id, match_confidence, match_reason) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1.0,'"
                    + MATCH_REASON + "')", PreparedStatement.RETURN_GENERATED_KEYS);
            update = c.prepareStatement("UPDATE title SET show_id=?, kind=?, name=?, norm_name=?, director=?, cast_list=?, "
                    + "country_text=?, genre_text=?, date_added=?, release_year=?, rating=?, duration=?, duration_minutes=?, "
                    + "seasons=?, description=?, work_id=?, match_confidence=1.0, match_reason='" + MATCH_REASON + "' WHERE id = ?");
            seen = c.prepareStatement("INSERT OR IGNORE INTO title_seen(snapshot_id, title_id) VALUES (?, ?)");
            clearCountries = c.prepareStatement("DELETE FROM title_country WHERE title_id = ?");
            clearGenres = c.prepareStatement("DELETE FROM title_genre WHERE title_id = ?");
            addCountry = c.prepareStatement("INSERT OR IGNORE INTO title_country(title_id, country_id, position) VALUES (?,?,?)");
            addGenre = c.prepareStatement("INSERT OR IGNORE INTO title_genre(title_id, genre_id) VALUES (?,?)");
            findWork = c.prepareStatement("SELECT id FROM work WHERE norm_name = ? AND release_year IS ? AND kind = ? "
                    + "ORDER BY id LIMIT 1");
            insertWork = c.prepareStatement("INSERT INTO work(norm_name, release_year, kind) VALUES (?,?,?)",
                    PreparedStatement.RETURN_GENERATED_KEYS);
        }

        Outcome upsert(Title t) throws SQLException {
            String key = extKey(t);
            find.setString(1, t.platformId());
            find.setString(2, key);
            String countries = t.countries().isEmpty() ? null : String.join(", ", t.countries());
            String genres = t.genres().isEmpty() ? null : String.join(", ", t.genres());
            try (ResultSet rs = find.executeQuery()) {
                if (rs.next()) {
                    lastId = rs.getLong(1);
                    boolean same = Objects.equals(rs.getString(2), t.kind().code()) && Objects.equals(rs.getString(3), t.name())
                            && Objects.equals(rs.getString(4), t.director()) && Objects.equals(rs.getString(5), t.cast())
                            && Objects.equals(rs.getString(6), countries) && Objects.equals(rs.getString(7), genres)
                            && Objects.equals(rs.getString(8), t.dateAdded() == null ? null : t.dateAdded().toString())
                            && Objects.equals((Integer) rs.getObject(9), t.releaseYear())
                            && Objects.equals(rs.getString(10), t.rating()) && Objects.equals(rs.getString(11), t.duration())
                            && Objects.equals(rs.getString(12), t.description());
                    if (same) {
                        return Outcome.UNCHANGED;
                    }
                    if (lastId <= indexedUpTo) {
                        ftsDelete.setLong(1, lastId);
                        ftsDelete.setString(2, rs.getString(3));
                        ftsDelete.setString(3, rs.getString(4));
                        ftsDelete.setString(4, rs.getString(5));
                        ftsDelete.executeUpdate();
                        reindex.add(lastId);
                    }
                    bind(update, t, 0, countries, genres);
                    update.setLong(17, lastId);
                    update.executeUpdate();
                    flushLinks(); // links still waiting in a batch (same title earlier in this file) go first
                    clearCountries.setLong(1, lastId);
                    clearCountries.executeUpdate();
                    clearGenres.setLong(1, lastId);
                    clearGenres.executeUpdate();
                    links(t);
                    return Outcome.UPDATED;
                }
            }
            insert.setString(1, t.platformId());
            insert.setString(2, key);
            bind(insert, t, 2, countries, genres);
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                lastId = keys.getLong(1);
            }
            links(t);
            return Outcome.ADDED;
        }

        private void bind(PreparedStatement ps, Title t, int o, String countries, String genres) throws SQLException {
            ps.setString(o + 1, t.showId());
            ps.setString(o + 2, t.kind().code());
            ps.setString(o + 3, t.name());
            ps.setString(o + 4, Normalise.text(t.name()));
            ps.setString(o + 5, t.director());
            ps.setString(o + 6, t.cast());
            ps.setString(o + 7, countries);
            ps.setString(o + 8, genres);
            ps.setString(o + 9, t.dateAdded() == null ? null : t.dateAdded().toString());
            setInt(ps, o + 10, t.releaseYear());
            ps.setString(o + 11, t.rating());
            ps.setString(o + 12, t.duration());
            setInt(ps, o + 13, match(MINUTES, t.duration()));
            setInt(ps, o + 14, match(SEASONS, t.duration()));
            ps.setString(o + 15, t.description());
            ps.setLong(o + 16, workId(t));
        }

        /** Adds the title's country and genre links (after clearing them, for an update). */
        private void links(Title t) throws SQLException {
            int pos = 0;
            for (String country : t.countries()) {
                addCountry.setLong(1, lastId);
                addCountry.setLong(2, id(countryIds, "country", country, Region.of(country).name()));
                addCountry.setInt(3, pos++);
                addCountry.addBatch();
            }
            for (String genre : t.genres()) {
                addGenre.setLong(1, lastId);
                addGenre.setLong(2, id(genreIds, "genre", genre, null));
                addGenre.addBatch();
            }
        }

        private long workId(Title t) throws SQLException {
            String norm = Normalise.text(t.name());
            String key = norm + "|" + t.releaseYear() + "|" + t.kind().code();
            Long known = workIds.get(key);
            if (known != null) {
                return known;
            }
            findWork.setString(1, norm);
            setInt(findWork, 2, t.releaseYear());
            findWork.setString(3, t.kind().code());
            long id;
            try (var rs = findWork.executeQuery()) {
                id = rs.next() ? rs.getLong(1) : -1;
            }
            if (id < 0) {
                insertWork.setString(1, norm);
                setInt(insertWork, 2, t.releaseYear());
                insertWork.setString(3, t.kind().code());
                insertWork.executeUpdate();
                try (var keys = insertWork.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            workIds.put(key, id);
            return id;
        }

        private long id(Map<String, Long> cache, String table, String name, String region) throws SQLException {
            Long known = cache.get(name.toLowerCase(java.util.Locale.ROOT));
            if (known != null) {
                return known;
            }
            String insertSql = region == null ? "INSERT OR IGNORE INTO " + table + "(name) VALUES (?)"
                    : "INSERT OR IGNORE INTO " + table + "(name, region) VALUES (?, ?)";
            try (var ps = c.prepareStatement(insertSql)) {
                ps.setString(1, name);
                if (region != null) {
                    ps.setString(2, region);
                }
                ps.executeUpdate();
            }
            try (var ps = c.prepareStatement("SELECT id FROM " + table + " WHERE name = ?")) {
                ps.setString(1, name);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    long id = rs.getLong(1);
                    cache.put(name.toLowerCase(java.util.Locale.ROOT), id);
                    return id;
                }
            }
        }

        void seen(long snapshotId, long titleId) throws SQLException {
            seen.setLong(1, snapshotId);
            seen.setLong(2, titleId);
            seen.addBatch();
        }

        /** Writes the batched country and genre links (links are batched: one native call for many rows). */
        private void flushLinks() throws SQLException {
            addCountry.executeBatch();
            addGenre.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            seen.executeBatch();
            flushLinks();
            for (PreparedStatement ps : List.of(find, insert, update, seen, clearCountries, clearGenres, addCountry, addGenre,
                    findWork, ftsDelete, insertWork)) {
                ps.close();
            }
        }
    }

    private static Integer match(Pattern p, String s) {
        if (s == null) {
            return null;
        }
        Matcher m = p.matcher(s);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    /** Every snapshot, newest first within each platform. */
    public List<Snapshot> snapshots() throws StoreException {
        return db.read(c -> {
            List<Snapshot> out = new ArrayList<>();
            try (var ps = c.prepareStatement("SELECT s.id, s.platform_id, s.as_of, s.territory, s.source_name, s.source_file, "
                    + "(SELECT COUNT(*) FROM title_seen ts WHERE ts.snapshot_id = s.id), s.bundled FROM snapshot s "
                    + "ORDER BY s.platform_id, s.as_of DESC");
                 var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Snapshot(rs.getLong(1), rs.getString(2), LocalDate.parse(rs.getString(3)), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8) == 1));
                }
            }
            return out;
        });
    }

    /** Deletes a snapshot, and the titles no other snapshot saw. */
    public void deleteSnapshot(long snapshotId) throws StoreException {
        db.write(c -> {
            String platformId = null;
            try (var ps = c.prepareStatement("SELECT platform_id FROM snapshot WHERE id = ?")) {
                ps.setLong(1, snapshotId);
                try (var rs = ps.executeQuery()) {
                    if (rs.next()) {
                        platformId = rs.getString(1);
                    }
                }
            }
            try (var ps = c.prepareStatement("DELETE FROM snapshot WHERE id = ?")) {
                ps.setLong(1, snapshotId);
                ps.executeUpdate();
            }
            if (platformId != null) {
                deleteUnseenTitles(c, platformId);
            }
            return null;
        });
    }

    /** Removes titles that no snapshot refers to any more (after deleting or replacing snapshots). */
    static int deleteUnseenTitles(Connection c) throws SQLException {
        return deleteUnseenTitles(c, null);
    }

    /** As {@link #deleteUnseenTitles(Connection)}, looking only at one platform's titles (null: every platform). */
    static int deleteUnseenTitles(Connection c, String platformId) throws SQLException {
        try (var ps = c.prepareStatement("DELETE FROM title WHERE (? IS NULL OR platform_id = ?) "
                + "AND NOT EXISTS (SELECT 1 FROM title_seen ts WHERE ts.title_id = title.id)")) {
            ps.setString(1, platformId);
            ps.setString(2, platformId);
            return ps.executeUpdate();
        }
    }

    /** Looks up a kind stored as its code. */
    static Kind kind(String code) {
        return Kind.fromCode(code);
    }
}
