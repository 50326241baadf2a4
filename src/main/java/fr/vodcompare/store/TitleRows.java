package fr.vodcompare.store;

import fr.vodcompare.model.Region;
import fr.vodcompare.model.Title;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the current view of titles (the title row, its country and genre links, its full-text entry
 * and its work key) and their versions, with prepared statements reused across rows. Used inside one
 * write transaction; close it to flush the batches.
 */
final class TitleRows implements AutoCloseable {
    static final String ATTRS = "show_id, kind, name, norm_name, director, cast_list, country_text, genre_text, date_added, "
            + "release_year, rating, duration, duration_minutes, seasons, description";

    private final Connection c;
    /**
     * Titles per statement of the inserts of new titles, and links per statement of their links ({@link ManyRowsInsert}),
     * where references are not checked as rows are written (a platform's first catalogue, {@link Database#writeNewRows}):
     * a link may then be written before its title. Where they are, a row per statement, each title before its links.
     */
    private static final int TITLES_PER_STATEMENT = 32;
    private static final int LINKS_PER_STATEMENT = 64;

    private final ManyRowsInsert insert;
    private final PreparedStatement update;
    private final PreparedStatement version;
    private final PreparedStatement versionOfRow;
    private final PreparedStatement copyRowToVersions;
    private final PreparedStatement ident;
    private final PreparedStatement clearCountries;
    private final PreparedStatement clearGenres;
    private final ManyRowsInsert addCountry;
    private final ManyRowsInsert addGenre;
    private final PreparedStatement ftsDelete;
    /** The update of a row whose indexed, searched and linked values stay ({@link #updateQuietly}). */
    private final PreparedStatement quiet;
    private final PreparedStatement ftsInsert;
    private final Map<String, Long> countryIds = new HashMap<>();
    private final Map<String, Long> genreIds = new HashMap<>();
    private final List<AutoCloseable> all = new ArrayList<>();
    /** Where the titles inserted are counted for their snapshot's aggregates, if anywhere. */
    private SnapshotGroups counting;

    TitleRows(Connection c) throws SQLException {
        this.c = c;
        boolean checked = Sql.single(c, "PRAGMA foreign_keys") != 0;
        insert = many("INSERT INTO title(id, platform_id, ext_key, " + ATTRS + ", work_key)", 19, checked ? 1 : TITLES_PER_STATEMENT);
        update = prepare("UPDATE title SET show_id=?, kind=?, name=?, norm_name=?, director=?, cast_list=?, country_text=?, "
                + "genre_text=?, date_added=?, release_year=?, rating=?, duration=?, duration_minutes=?, seasons=?, description=? "
                + "WHERE id = ?");
        quiet = prepare("UPDATE title SET show_id=?, date_added=?, rating=?, duration=?, duration_minutes=?, seasons=?, "
                + "description=? WHERE id = ? AND kind IS ? AND name IS ? AND release_year IS ? AND director IS ? AND cast_list IS ? "
                + "AND country_text IS ? AND genre_text IS ?");
        version = prepare("INSERT OR REPLACE INTO title_version(title_id, snapshot_id, as_of, match_rule, " + ATTRS
                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        versionOfRow = prepare("INSERT OR REPLACE INTO title_version(title_id, snapshot_id, as_of, match_rule) VALUES (?,?,?,?)");
        copyRowToVersions = prepare("UPDATE title_version AS v SET (" + ATTRS + ") = (SELECT " + ATTRS + " FROM title t "
                + "WHERE t.id = v.title_id) WHERE v.title_id = ? AND v.name IS NULL");
        ident = prepare(FileIds.REMEMBER);
        clearCountries = prepare("DELETE FROM title_country WHERE title_id = ?");
        clearGenres = prepare("DELETE FROM title_genre WHERE title_id = ?");
        addCountry = many("INSERT OR IGNORE INTO title_country(title_id, country_id, position)", 3, checked ? 1 : LINKS_PER_STATEMENT);
        addGenre = many("INSERT OR IGNORE INTO title_genre(title_id, genre_id)", 2, checked ? 1 : LINKS_PER_STATEMENT);
        ftsDelete = prepare("INSERT INTO title_fts(title_fts, rowid, name, director, cast_list) "
                + "SELECT 'delete', id, name, director, cast_list FROM title WHERE id = ?");
        ftsInsert = prepare("INSERT INTO title_fts(rowid, name, director, cast_list) SELECT id, name, director, cast_list "
                + "FROM title WHERE id = ?");
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        all.add(ps);
        return ps;
    }

    private ManyRowsInsert many(String head, int columns, int rows) throws SQLException {
        ManyRowsInsert m = new ManyRowsInsert(c, head, columns, rows);
        all.add(m);
        return m;
    }

    /** Where a statement's values are set: a prepared statement's, or a row of a {@link ManyRowsInsert}. */
    @FunctionalInterface
    private interface Params {
        void set(int index, Object value) throws SQLException;
    }

    /**
     * Terms the full-text index gathers in memory before writing them as a segment while it takes many titles at once
     * (SQLite's default is 1 MB: a segment every few thousand titles, merged again and again). 16 MB: the index of
     * 1,000,000 titles built in about half the time, for about 30 MB more memory during the import.
     */
    static final int FTS_HASH_BYTES = 16 << 20;
    /** SQLite's default, written back after the bulk (the setting is kept in the store). */
    private static final int FTS_HASH_DEFAULT = 1 << 20;

    /** Adds the titles inserted after {@code maxId} to the full-text index, in one statement after their rows. */
    static void indexNew(Connection c, long maxId) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute("INSERT INTO title_fts(title_fts, rank) VALUES ('hashsize', " + FTS_HASH_BYTES + ")");
        }
        try (var ps = c.prepareStatement("INSERT INTO title_fts(rowid, name, director, cast_list) "
                + "SELECT id, name, director, cast_list FROM title WHERE id > ?")) {
            ps.setLong(1, maxId);
            ps.executeUpdate();
        } finally {
            try (var s = c.createStatement()) {
                s.execute("INSERT INTO title_fts(title_fts, rank) VALUES ('hashsize', " + FTS_HASH_DEFAULT + ")");
            }
        }
    }

    /** From now on, counts each title {@link #insert}ed, as its row holds it, into {@code groups}. */
    void countInto(SnapshotGroups groups) {
        counting = groups;
    }

    /** Inserts a new title as its own current view (its full-text entry is written in bulk afterwards). */
    void insert(long id, String extKey, Title t) throws SQLException {
        insert(id, extKey, t, TitleValues.of(t));
    }

    /** {@link #insert(long, String, Title)} with the values derived from the title already made ({@code v}). */
    void insert(long id, String extKey, Title t, TitleValues v) throws SQLException {
        insert.set(1, id);
        insert.set(2, t.platformId());
        insert.set(3, extKey);
        bindAttrs(insert::set, 4, t, v);
        insert.set(19, v.workKey()); // the key matching across platforms reads: written once, here
        insert.endRow();
        links(id, t);
        if (counting != null) {
            counting.add(id, t.kind().code(), v.countries(), t.releaseYear(), v.added(), v.genres());
        }
    }

    /**
     * Gives a title inserted by this import (its versions and full-text entry not written yet) the values of a later
     * row of the same file: its row and links. Call after {@link #flush}.
     */
    void replaceNew(long id, Title t) throws SQLException {
        bindAttrs(update, 1, t);
        update.setLong(16, id);
        update.executeUpdate();
        clearCountries.setLong(1, id);
        clearCountries.executeUpdate();
        clearGenres.setLong(1, id);
        clearGenres.executeUpdate();
        links(id, t);
    }

    /**
     * Replaces the current view of a stored title (row, links, full-text entry); its versions that referred to its row
     * are given the row's values first (schema 13).
     */
    void update(long id, Title t) throws SQLException {
        insert.flush(); // a title inserted earlier must exist before the update
        version.executeBatch();
        versionOfRow.executeBatch();
        copyRowToVersions.setLong(1, id);
        copyRowToVersions.executeUpdate();
        TitleValues v = TitleValues.of(t);
        if (updateQuietly(id, t, v)) {
            return;
        }
        ftsDelete.setLong(1, id);
        ftsDelete.executeUpdate();
        bindAttrs(update, 1, t, v);
        update.setLong(16, id);
        update.executeUpdate();
        ftsInsert.setLong(1, id);
        ftsInsert.executeUpdate();
        flushLinks();
        clearCountries.setLong(1, id);
        clearCountries.executeUpdate();
        clearGenres.setLong(1, id);
        clearGenres.executeUpdate();
        links(id, t);
    }

    /**
     * Updates the row's other values when its kind, title, year, director, cast, countries and genres are already the
     * title's (the store's row is checked, in the same statement): the indexes on the row, its full-text entry and its links
     * then stay as they are. A next catalogue's changes are mostly descriptions, ratings, durations, dates added: of a
     * 1,000,000-title file with 70,000 such rows, their updates were 40 % of the writer's time, each moving its entries in
     * three indexes and in the full-text index, its links deleted and written again. True when updated.
     */
    private boolean updateQuietly(long id, Title t, TitleValues v) throws SQLException {
        quiet.setString(1, t.showId());
        quiet.setString(2, v.added());
        quiet.setString(3, t.rating());
        quiet.setString(4, t.duration());
        setInt(quiet, 5, v.minutes());
        setInt(quiet, 6, v.seasons());
        quiet.setString(7, t.description());
        quiet.setLong(8, id);
        quiet.setString(9, t.kind().code());
        quiet.setString(10, t.name());
        setInt(quiet, 11, t.releaseYear());
        quiet.setString(12, t.director());
        quiet.setString(13, t.cast());
        quiet.setString(14, v.countries());
        quiet.setString(15, v.genres());
        return quiet.executeUpdate() == 1;
    }

    /** Keeps what a snapshot says of a title, and the rule that matched its row to the title (null: a new title). */
    void version(long titleId, long snapshotId, String asOf, fr.vodcompare.model.MatchRule rule, Title t) throws SQLException {
        version.setLong(1, titleId);
        version.setLong(2, snapshotId);
        version.setString(3, asOf);
        version.setString(4, rule == null ? null : rule.code());
        bindAttrs(version, 5, t);
        version.addBatch();
    }

    /**
     * Keeps that a snapshot says of a title what the title's row says (schema 13: a version that refers to the row, with
     * no copy of its values); the rule that matched its row to the title (null: a new title).
     */
    void versionOfRow(long titleId, long snapshotId, String asOf, fr.vodcompare.model.MatchRule rule) throws SQLException {
        versionOfRow.setLong(1, titleId);
        versionOfRow.setLong(2, snapshotId);
        versionOfRow.setString(3, asOf);
        versionOfRow.setString(4, rule == null ? null : rule.code());
        versionOfRow.addBatch();
    }

    /** Remembers the id a file gave a title (the first title to hold an id keeps it; {@link FileIds}). */
    void ident(String platformId, String showId, long titleId) throws SQLException {
        if (showId == null || showId.isBlank()) {
            return;
        }
        ident.setString(1, platformId);
        ident.setString(2, showId.strip());
        ident.setLong(3, titleId);
        ident.addBatch();
    }

    /** Binds the 15 attribute columns of {@link #ATTRS} from {@code first}. */
    private static void bindAttrs(PreparedStatement ps, int first, Title t) throws SQLException {
        bindAttrs(ps, first, t, TitleValues.of(t));
    }

    /** {@link #bindAttrs(PreparedStatement, int, Title)} with the values derived from the title already made. */
    private static void bindAttrs(PreparedStatement ps, int first, Title t, TitleValues v) throws SQLException {
        bindAttrs(ps::setObject, first, t, v);
    }

    private static void bindAttrs(Params ps, int first, Title t, TitleValues v) throws SQLException {
        int o = first - 1;
        ps.set(o + 1, t.showId());
        ps.set(o + 2, t.kind().code());
        ps.set(o + 3, t.name());
        ps.set(o + 4, v.normName());
        ps.set(o + 5, t.director());
        ps.set(o + 6, t.cast());
        ps.set(o + 7, v.countries());
        ps.set(o + 8, v.genres());
        ps.set(o + 9, v.added());
        ps.set(o + 10, t.releaseYear());
        ps.set(o + 11, t.rating());
        ps.set(o + 12, t.duration());
        ps.set(o + 13, v.minutes());
        ps.set(o + 14, v.seasons());
        ps.set(o + 15, t.description());
    }

    private void links(long id, Title t) throws SQLException {
        int pos = 0;
        for (String country : t.countries()) {
            addCountry.set(1, id);
            addCountry.set(2, id(countryIds, "country", country, true));
            addCountry.set(3, pos++);
            addCountry.endRow();
        }
        for (String genre : t.genres()) {
            addGenre.set(1, id);
            addGenre.set(2, id(genreIds, "genre", genre, false));
            addGenre.endRow();
        }
    }

    /**
     * The id of a country ({@code regional}: added with its region) or genre, added when new. {@code cache} holds the
     * names already met as they were written and in lower case (names match without case): a name written as before is
     * found without being lowered again (millions of links in a large catalogue).
     */
    private long id(Map<String, Long> cache, String table, String name, boolean regional) throws SQLException {
        Long known = cache.get(name);
        if (known == null) {
            known = cache.get(name.toLowerCase(Locale.ROOT));
            if (known != null) {
                cache.put(name, known);
            }
        }
        if (known != null) {
            return known;
        }
        String region = regional ? Region.of(name).name() : null;
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
                cache.put(name.toLowerCase(Locale.ROOT), id);
                cache.put(name, id);
                return id;
            }
        }
    }

    private void flushLinks() throws SQLException {
        addCountry.flush();
        addGenre.flush();
    }

    /** Writes every batch still waiting. */
    void flush() throws SQLException {
        insert.flush();
        version.executeBatch();
        versionOfRow.executeBatch();
        ident.executeBatch();
        flushLinks();
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (AutoCloseable ps : all) {
            try {
                ps.close();
            } catch (Exception e) {
                SQLException q = e instanceof SQLException sql ? sql : new SQLException(e);
                if (first == null) {
                    first = q;
                } else {
                    first.addSuppressed(q);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }
}
