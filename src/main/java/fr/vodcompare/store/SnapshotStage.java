package fr.vodcompare.store;

import fr.vodcompare.model.Kind;
import fr.vodcompare.model.MatchRule;
import fr.vodcompare.model.Normalise;
import fr.vodcompare.model.Title;
import fr.vodcompare.model.TitleMatcher;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rows of a snapshot being written to a platform the store already has, staged in temporary tables (the writer keeps
 * them in a file, not in memory) so that a file of any size is matched to the platform's titles and written in bounded
 * memory: a row is held only while it is written, a platform's titles never all at once.
 * <ul>
 * <li>{@code snap_stage}: one row per file key (position = id; a key seen again keeps its first position and takes the
 * later row's values, as a title twice in one file does);</li>
 * <li>{@code snap_match}: rows matched to a known title by id (set-based); {@code snap_tmatch}: by title (one normalised
 * title and kind at a time: {@link TitleMatcher} never matches across them);</li>
 * <li>{@code snap_ambig}: the candidates of rows matching several titles.</li>
 * </ul>
 * Inside the caller's write transaction: the tables are dropped at the next stage, and rolled back with it.
 */
final class SnapshotStage implements AutoCloseable {
    private static final int BATCH = 2_000;
    /** The stage's columns in {@link TitleQueries#COLUMNS} order, on the alias {@code t} (its id is the row's position). */
    private static final String STAGE_COLUMNS = "id INTEGER PRIMARY KEY, platform_id TEXT, show_id TEXT, kind TEXT, name TEXT, "
            + "director TEXT, cast_list TEXT, country_text TEXT, date_added TEXT, release_year INTEGER, rating TEXT, "
            + "duration TEXT, genre_text TEXT, description TEXT";
    private static final String VALUES = "platform_id, show_id, kind, name, director, cast_list, country_text, date_added, "
            + "release_year, rating, duration, genre_text, description, file_key, sid, norm_name";

    private static final List<String> TABLES = List.of("snap_stage", "snap_match", "snap_tmatch", "snap_ambig");

    private final Connection c;
    private final PreparedStatement add;
    private int batched;
    private long next;

    private SnapshotStage(Connection c) throws SQLException {
        this.c = c;
        try (var s = c.createStatement()) {
            drop(s);
            s.execute("CREATE TEMP TABLE snap_stage(" + STAGE_COLUMNS + ", file_key TEXT NOT NULL UNIQUE, sid TEXT, "
                    + "norm_name TEXT, key_taken INTEGER NOT NULL DEFAULT 0)");
            s.execute("CREATE TEMP TABLE snap_match(pos INTEGER PRIMARY KEY, known_id INTEGER NOT NULL UNIQUE, rule TEXT NOT NULL)");
            s.execute("CREATE TEMP TABLE snap_tmatch(pos INTEGER PRIMARY KEY, known_id INTEGER NOT NULL, rule TEXT NOT NULL)");
            s.execute("CREATE TEMP TABLE snap_ambig(pos INTEGER NOT NULL, candidate_id INTEGER NOT NULL, "
                    + "PRIMARY KEY (pos, candidate_id)) WITHOUT ROWID");
        }
        StringBuilder set = new StringBuilder();
        for (String col : VALUES.split(", ")) {
            set.append(set.length() == 0 ? "" : ", ").append(col).append(" = excluded.").append(col);
        }
        add = c.prepareStatement("INSERT INTO temp.snap_stage(id, " + VALUES + ") VALUES (?" + ",?".repeat(16) + ") "
                + "ON CONFLICT(file_key) DO UPDATE SET " + set);
    }

    static SnapshotStage open(Connection c) throws SQLException {
        return new SnapshotStage(c);
    }

    /** Stages a row; a row whose file key was staged already gives that earlier row its values. */
    void add(Title t) throws SQLException {
        add.setLong(1, next++);
        add.setString(2, t.platformId());
        add.setString(3, t.showId());
        add.setString(4, t.kind().code());
        add.setString(5, t.name());
        add.setString(6, t.director());
        add.setString(7, t.cast());
        add.setString(8, TitleValues.joined(t.countries()));
        add.setString(9, t.dateAdded() == null ? null : t.dateAdded().toString());
        add.setObject(10, t.releaseYear());
        add.setString(11, t.rating());
        add.setString(12, t.duration());
        add.setString(13, TitleValues.joined(t.genres()));
        add.setString(14, t.description());
        add.setString(15, SnapshotWriter.fileKey(t));
        add.setString(16, SnapshotWriter.hasId(t) ? t.showId().strip() : null);
        add.setString(17, Normalise.text(t.name()));
        add.addBatch();
        if (++batched == BATCH) {
            flush();
        }
    }

    /** True when a row with this file key is staged (the rows added so far are written first). */
    boolean staged(Title t) throws SQLException {
        flush();
        try (var ps = c.prepareStatement("SELECT 1 FROM temp.snap_stage WHERE file_key = ?")) {
            ps.setString(1, SnapshotWriter.fileKey(t));
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    void flush() throws SQLException {
        if (batched > 0) {
            add.executeBatch();
            batched = 0;
        }
    }

    /**
     * Matches the staged rows to the platform's titles: by the ids of the file's lineage ({@link TitleMatcher#sameLineage}),
     * the first row to name a title's id taking it; the others by title ({@link TitleMatcher#byTitle}), among the titles
     * no id took. Marks the rows whose file key a title of the platform holds already (their new title's key is made
     * unique).
     */
    void match(String platformId) throws SQLException {
        flush();
        Sql.exec(c, "UPDATE temp.snap_stage SET key_taken = 1 WHERE EXISTS (SELECT 1 FROM title t WHERE t.platform_id = ? "
                + "AND t.ext_key = snap_stage.file_key)", platformId);
        boolean lineage = lineage(platformId);
        if (lineage) {
            Sql.exec(c, "INSERT OR IGNORE INTO temp.snap_match(pos, known_id, rule) SELECT s.id, " + FileIds.titleId("f") + ", '"
                    + MatchRule.ID.name() + "' FROM temp.snap_stage s" + FileIds.join("?1", "s.sid", "f") + " WHERE s.sid IS NOT NULL AND "
                    + FileIds.titleId("f") + " IS NOT NULL ORDER BY s.id", platformId);
        }
        matchByTitle(platformId, lineage);
    }

    /**
     * The staged rows walked in order, each looked up by its id (LEFT JOINs keep the temporary table, which has no
     * statistics, as the outer loop).
     */
    private boolean lineage(String platformId) throws SQLException {
        long fileIds = Sql.single(c, "SELECT COUNT(*) FROM temp.snap_stage WHERE sid IS NOT NULL");
        long knownIds = Sql.single(c, FileIds.COUNT_OF_PLATFORM, platformId);
        try (var ps = c.prepareStatement("SELECT COUNT(*), COALESCE(SUM(t.norm_name = s.norm_name), 0) FROM temp.snap_stage s"
                + FileIds.join("?1", "s.sid", "f") + " JOIN title t ON t.id = " + FileIds.titleId("f") + " WHERE s.sid IS NOT NULL")) {
            ps.setString(1, platformId);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return TitleMatcher.sameLineage(fileIds, knownIds, rs.getLong(1), rs.getLong(2));
            }
        }
    }

    /**
     * Both sides in one stream sorted by normalised title and kind, matched one key at a time; the matches are written to
     * {@code snap_tmatch} as the stream is read (a table the stream does not read).
     */
    private void matchByTitle(String platformId, boolean lineage) throws SQLException {
        String sql = "SELECT 0, s.id, s.norm_name, s.kind, s.release_year FROM temp.snap_stage s "
                + (lineage ? "WHERE s.sid IS NULL " : "")
                + "UNION ALL SELECT 1, t.id, t.norm_name, t.kind, t.release_year FROM title t WHERE t.platform_id = ? "
                + "AND t.id NOT IN (SELECT known_id FROM temp.snap_match) ORDER BY 3, 4, 1, 2";
        List<TitleMatcher.Entry> rows = new ArrayList<>();
        List<TitleMatcher.Entry> known = new ArrayList<>();
        try (var ps = c.prepareStatement(sql);
             var m = c.prepareStatement("INSERT INTO temp.snap_tmatch(pos, known_id, rule) VALUES (?, ?, ?)");
             var a = c.prepareStatement("INSERT OR IGNORE INTO temp.snap_ambig(pos, candidate_id) VALUES (?, ?)")) {
            ps.setString(1, platformId);
            int[] pending = {0};
            try (ResultSet rs = ps.executeQuery()) {
                String name = null;
                String kind = null;
                while (rs.next()) {
                    String n = rs.getString(3);
                    String k = rs.getString(4);
                    if (!Objects.equals(n, name) || !Objects.equals(k, kind)) {
                        group(rows, known, m, a, pending);
                        name = n;
                        kind = k;
                    }
                    var e = new TitleMatcher.Entry(rs.getLong(2), n, Kind.fromCode(k), (Integer) rs.getObject(5));
                    (rs.getInt(1) == 0 ? rows : known).add(e);
                }
                group(rows, known, m, a, pending);
            }
            m.executeBatch();
            a.executeBatch();
        }
    }

    /** Matches one key's rows and known titles, and writes what it found. */
    private static void group(List<TitleMatcher.Entry> rows, List<TitleMatcher.Entry> known, PreparedStatement m,
                              PreparedStatement a, int[] pending) throws SQLException {
        if (!rows.isEmpty() && !known.isEmpty()) {
            TitleMatcher.Result r = TitleMatcher.byTitle(rows, known);
            for (TitleMatcher.Match match : r.matches().values()) {
                m.setLong(1, match.entryId());
                m.setLong(2, match.knownId());
                m.setString(3, match.rule().name());
                m.addBatch();
                pending[0]++;
            }
            for (Map.Entry<Long, List<Long>> e : r.ambiguous().entrySet()) {
                for (long candidate : e.getValue()) {
                    a.setLong(1, e.getKey());
                    a.setLong(2, candidate);
                    a.addBatch();
                    pending[0]++;
                }
            }
            if (pending[0] >= BATCH) {
                m.executeBatch();
                a.executeBatch();
                pending[0] = 0;
            }
        }
        rows.clear();
        known.clear();
    }

    /** A staged row as it is written: its title (id: its position), its match, and what else the write needs. */
    record Row(Title title, Long knownId, MatchRule rule, boolean keyTaken, boolean ambiguous) {
    }

    /** The staged rows in the file's order, {@code chunk} at a time; the chunk's rows are written before the next is read. */
    interface Chunks {
        void accept(List<Row> chunk) throws SQLException;
    }

    void rows(int chunk, Chunks to) throws SQLException {
        String sql = "SELECT " + TitleQueries.COLUMNS + ", COALESCE(m.known_id, tm.known_id), COALESCE(m.rule, tm.rule), "
                + "t.key_taken, EXISTS (SELECT 1 FROM temp.snap_ambig a WHERE a.pos = t.id) FROM temp.snap_stage t "
                + "LEFT JOIN temp.snap_match m ON m.pos = t.id LEFT JOIN temp.snap_tmatch tm ON tm.pos = t.id ORDER BY t.id";
        List<Row> rows = new ArrayList<>(chunk);
        try (var ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Object known = rs.getObject(15);
                String rule = rs.getString(16);
                rows.add(new Row(TitleQueries.map(rs), known == null ? null : ((Number) known).longValue(),
                        rule == null ? null : MatchRule.valueOf(rule), rs.getInt(17) == 1, rs.getInt(18) == 1));
                if (rows.size() == chunk) {
                    to.accept(rows);
                    rows = new ArrayList<>(chunk);
                }
            }
        }
        if (!rows.isEmpty()) {
            to.accept(rows);
        }
    }

    /** How many staged rows matched several titles. */
    long ambiguousRows() throws SQLException {
        return Sql.single(c, "SELECT COUNT(DISTINCT pos) FROM temp.snap_ambig");
    }

    /** Keeps the candidates of an ambiguous row as ambiguities of the title it became in the snapshot. */
    void writeAmbiguities(long snapshotId, Map<Long, Long> titleOfRow) throws SQLException {
        try (var ps = c.prepareStatement("INSERT OR IGNORE INTO title_ambiguity(snapshot_id, title_id, candidate_id) "
                + "SELECT ?, ?, candidate_id FROM temp.snap_ambig WHERE pos = ?")) {
            for (Map.Entry<Long, Long> e : titleOfRow.entrySet()) {
                ps.setLong(1, snapshotId);
                ps.setLong(2, e.getValue());
                ps.setLong(3, e.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public void close() throws SQLException {
        add.close();
        try (var s = c.createStatement()) {
            drop(s);
        }
    }

    private static void drop(java.sql.Statement s) throws SQLException {
        for (String t : TABLES) {
            s.execute("DROP TABLE IF EXISTS temp." + t);
        }
    }
}
