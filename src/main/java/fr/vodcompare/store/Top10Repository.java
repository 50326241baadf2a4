package fr.vodcompare.store;

import fr.vodcompare.model.Normalise;
import fr.vodcompare.model.Top10Entry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Netflix's weekly Top 10 lists: writing an imported file (only the weeks not stored yet), linking the works to
 * the catalogue titles of the {@code netflix} platform, listing and deleting the imported files.
 * Thread-safe; reads on the calling thread, writes on the store's writer thread.
 */
public final class Top10Repository {
    /** The platform whose catalogue titles the Top 10 works are linked to. */
    public static final String PLATFORM = "netflix";
    private static final int BATCH = 2000;

    private final Database db;

    Top10Repository(Database db) {
        this.db = db;
    }

    /**
     * What an import wrote.
     *
     * @param fileId             the file's row, or -1 when nothing was new (no row is written then)
     * @param weeksAdded         lists of a country (or of the world) for a week that were not stored yet
     * @param weeksAlreadyStored lists of the file already stored (from this file or another): left as they were
     * @param entriesAdded       lines written
     * @param worksAdded         films and series the store did not know yet
     * @param entriesLinked      of the lines written, those whose work is linked to a catalogue title
     */
    public record ImportCounts(long fileId, int weeksAdded, int weeksAlreadyStored, int entriesAdded, int worksAdded,
                               int entriesLinked) {
    }

    /** An imported file and the lists it holds. */
    public record StoredFile(long id, String fileName, String layout, String countryFilter, Instant importedAt,
                             LocalDate firstWeek, LocalDate lastWeek, int weeks, int countries, int entries) {
    }

    /**
     * Writes the lines of a file inside the caller's transaction, skipping every list (country and week) already
     * stored, then links the works to the catalogue.
     */
    static ImportCounts importFile(Connection c, String fileName, String layout, String countryFilter, int rowsRead,
                                   List<Top10Entry> entries) throws SQLException {
        Map<String, Set<String>> stored = storedWeeks(c, entries);
        List<Top10Entry> fresh = new ArrayList<>();
        Set<String> newLists = new HashSet<>();
        Set<String> oldLists = new HashSet<>();
        for (Top10Entry e : entries) {
            String list = e.country() + "|" + e.week();
            if (stored.getOrDefault(e.country(), Set.of()).contains(e.week().toString())) {
                oldLists.add(list);
            } else {
                newLists.add(list);
                fresh.add(e);
            }
        }
        if (fresh.isEmpty()) {
            return new ImportCounts(-1, 0, oldLists.size(), 0, 0, 0);
        }
        long fileId = insertFile(c, fileName, layout, countryFilter, rowsRead);
        writeCountries(c, fresh);
        EntryWriter w = new EntryWriter(c);
        try {
            for (Top10Entry e : fresh) {
                w.add(fileId, e);
            }
            w.flush();
        } finally {
            w.close();
        }
        relink(c);
        int linked;
        try (var ps = c.prepareStatement("SELECT COUNT(*) FROM top10_entry e WHERE e.file_id = ? "
                + "AND EXISTS (SELECT 1 FROM top10_link l WHERE l.work_id = e.work_id)")) {
            ps.setLong(1, fileId);
            try (var rs = ps.executeQuery()) {
                linked = rs.getInt(1);
            }
        }
        return new ImportCounts(fileId, newLists.size(), oldLists.size(), fresh.size(), w.worksAdded, linked);
    }

    /** The weeks stored for each country of {@code entries}. */
    private static Map<String, Set<String>> storedWeeks(Connection c, List<Top10Entry> entries) throws SQLException {
        Set<String> countries = new HashSet<>();
        entries.forEach(e -> countries.add(e.country()));
        Map<String, Set<String>> out = new HashMap<>();
        try (var ps = c.prepareStatement("SELECT DISTINCT week FROM top10_entry WHERE country = ?")) {
            for (String country : countries) {
                ps.setString(1, country);
                Set<String> weeks = new HashSet<>();
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        weeks.add(rs.getString(1));
                    }
                }
                out.put(country, weeks);
            }
        }
        return out;
    }

    private static long insertFile(Connection c, String fileName, String layout, String countryFilter, int rowsRead)
            throws SQLException {
        try (var ps = c.prepareStatement("INSERT INTO top10_file(file_name, layout, country_filter, rows_read, imported_at) "
                + "VALUES (?,?,?,?,?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, fileName);
            ps.setString(2, layout);
            ps.setString(3, countryFilter);
            ps.setInt(4, rowsRead);
            ps.setString(5, Instant.now().toString());
            ps.executeUpdate();
            try (var keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void writeCountries(Connection c, List<Top10Entry> entries) throws SQLException {
        Map<String, String> names = new LinkedHashMap<>();
        for (Top10Entry e : entries) {
            names.putIfAbsent(e.country(), e.countryName() == null ? e.country() : e.countryName());
        }
        try (var ps = c.prepareStatement("INSERT INTO top10_country(code, name) VALUES (?, ?) "
                + "ON CONFLICT(code) DO UPDATE SET name = excluded.name")) {
            for (Map.Entry<String, String> n : names.entrySet()) {
                ps.setString(1, n.getKey());
                ps.setString(2, n.getValue());
                ps.executeUpdate();
            }
        }
    }

    /** The key a work is known by: its normalised title, or its title in lower case when nothing of it is a letter or digit. */
    static String normName(String work) {
        String n = Normalise.text(work);
        return n.isEmpty() ? work.strip().toLowerCase(Locale.ROOT) : n;
    }

    /**
     * Links every work to the {@code netflix} catalogue titles of the same normalised title and kind (again from
     * scratch: catalogues come and go). Inside the caller's transaction.
     */
    static void relink(Connection c) throws SQLException {
        try (var s = c.createStatement()) {
            s.executeUpdate("DELETE FROM top10_link");
            s.executeUpdate("INSERT INTO top10_link(work_id, title_id) SELECT w.id, t.id FROM top10_work w "
                    + "JOIN title t ON t.norm_name = w.norm_name AND t.kind = w.kind AND t.platform_id = '" + PLATFORM + "'");
        }
    }

    /** Writes entries in batches, creating the works and seasons it meets. */
    private static final class EntryWriter implements AutoCloseable {
        private final PreparedStatement insert;
        private final PreparedStatement newWork;
        private final PreparedStatement newSeason;
        private final Map<String, Long> works = new HashMap<>();
        private final Map<String, Long> seasons = new HashMap<>();
        private int pending;
        int worksAdded;

        EntryWriter(Connection c) throws SQLException {
            try (var ps = c.prepareStatement("SELECT id, norm_name, kind FROM top10_work"); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    works.put(rs.getString(2) + "|" + rs.getString(3), rs.getLong(1));
                }
            }
            try (var ps = c.prepareStatement("SELECT id, work_id, name FROM top10_season"); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    seasons.put(rs.getLong(2) + "|" + rs.getString(3), rs.getLong(1));
                }
            }
            insert = c.prepareStatement("INSERT INTO top10_entry(country, week, category, rank, file_id, work_id, season_id, "
                    + "weeks_in_top10, hours_viewed, runtime, views) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
            newWork = c.prepareStatement("INSERT INTO top10_work(kind, name, norm_name) VALUES (?,?,?)",
                    PreparedStatement.RETURN_GENERATED_KEYS);
            newSeason = c.prepareStatement("INSERT INTO top10_season(work_id, name) VALUES (?,?)",
                    PreparedStatement.RETURN_GENERATED_KEYS);
        }

        void add(long fileId, Top10Entry e) throws SQLException {
            long work = work(e);
            Long season = e.season() == null ? null : season(work, e.season());
            insert.setString(1, e.country());
            insert.setString(2, e.week().toString());
            insert.setString(3, e.category().label());
            insert.setInt(4, e.rank());
            insert.setLong(5, fileId);
            insert.setLong(6, work);
            setLong(insert, 7, season);
            setLong(insert, 8, e.weeksInTop10() == null ? null : e.weeksInTop10().longValue());
            setLong(insert, 9, e.hoursViewed());
            if (e.runtime() == null) {
                insert.setNull(10, Types.REAL);
            } else {
                insert.setDouble(10, e.runtime());
            }
            setLong(insert, 11, e.views());
            insert.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                pending = 0;
            }
        }

        private long work(Top10Entry e) throws SQLException {
            String norm = normName(e.work());
            String key = norm + "|" + e.kind().code();
            Long id = works.get(key);
            if (id == null) {
                newWork.setString(1, e.kind().code());
                newWork.setString(2, e.work().strip());
                newWork.setString(3, norm);
                id = insertReturningId(newWork);
                works.put(key, id);
                worksAdded++;
            }
            return id;
        }

        private long season(long work, String name) throws SQLException {
            String key = work + "|" + name;
            Long id = seasons.get(key);
            if (id == null) {
                newSeason.setLong(1, work);
                newSeason.setString(2, name);
                id = insertReturningId(newSeason);
                seasons.put(key, id);
            }
            return id;
        }

        private static long insertReturningId(PreparedStatement ps) throws SQLException {
            ps.executeUpdate();
            try (var keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }

        private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
            if (v == null) {
                ps.setNull(i, Types.INTEGER);
            } else {
                ps.setLong(i, v);
            }
        }

        @Override
        public void close() throws SQLException {
            insert.close();
            newWork.close();
            newSeason.close();
        }
    }

    /** The imported files, newest first, with the lists they hold. */
    public List<StoredFile> files() throws StoreException {
        String sql = "SELECT f.id, f.file_name, f.layout, f.country_filter, f.imported_at, MIN(e.week), MAX(e.week), "
                + "COUNT(DISTINCT e.week), COUNT(DISTINCT e.country), COUNT(e.week) FROM top10_file f "
                + "LEFT JOIN top10_entry e ON e.file_id = f.id GROUP BY f.id ORDER BY f.id DESC";
        return db.read(c -> {
            List<StoredFile> out = new ArrayList<>();
            try (var ps = c.prepareStatement(sql); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            Instant.parse(rs.getString(5)), date(rs.getString(6)), date(rs.getString(7)), rs.getInt(8),
                            rs.getInt(9), rs.getInt(10)));
                }
            }
            return out;
        });
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    /** Deletes an imported file with its lists; works, seasons and countries no list names any more go too. */
    public void deleteFile(long fileId) throws StoreException {
        db.write(c -> {
            try (var ps = c.prepareStatement("DELETE FROM top10_entry WHERE file_id = ?")) {
                ps.setLong(1, fileId);
                ps.executeUpdate();
            }
            try (var ps = c.prepareStatement("DELETE FROM top10_file WHERE id = ?")) {
                ps.setLong(1, fileId);
                ps.executeUpdate();
            }
            try (var s = c.createStatement()) {
                s.executeUpdate("DELETE FROM top10_season WHERE NOT EXISTS (SELECT 1 FROM top10_entry e "
                        + "WHERE e.work_id = top10_season.work_id AND e.season_id = top10_season.id)");
                s.executeUpdate("DELETE FROM top10_work WHERE NOT EXISTS (SELECT 1 FROM top10_entry e "
                        + "WHERE e.work_id = top10_work.id)");
                s.executeUpdate("DELETE FROM top10_country WHERE NOT EXISTS (SELECT 1 FROM top10_entry e "
                        + "WHERE e.country = top10_country.code)");
            }
            return null;
        });
    }
}
