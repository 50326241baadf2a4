package fr.vodcompare.store;

import fr.vodcompare.model.Normalise;
import fr.vodcompare.model.Top10Entry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import fr.vodcompare.model.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
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
    public static final String PLATFORM = Top10Entry.PLATFORM;
    /** Lines written by one statement: far fewer calls into SQLite than a batch of one-line inserts. */
    private static final int ROWS = 200;
    private static final String COLUMNS = "INSERT INTO top10_entry(country, week, category, rank, file_id, work_id, season_id, "
            + "weeks_in_top10, hours_viewed, runtime, views) VALUES ";
    private static final String ROW = "(?,?,?,?,?,?,?,?,?,?,?)";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Top10Repository.class);

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
        // in the key's order: the table grows at its end instead of being split everywhere
        fresh.sort(Comparator.comparing(Top10Entry::country).thenComparing(Top10Entry::week)
                .thenComparing(e -> e.category().label()).thenComparingInt(Top10Entry::rank));
        long start = System.nanoTime();
        long fileId = insertFile(c, fileName, layout, countryFilter, rowsRead);
        writeCountries(c, fresh);
        long[] workOf = new long[fresh.size()];
        int worksAdded;
        try (EntryWriter w = new EntryWriter(c)) {
            for (int i = 0; i < workOf.length; i++) {
                workOf[i] = w.add(fileId, fresh.get(i));
            }
            w.flush();
            worksAdded = w.worksAdded;
        }
        fileCounts(c, fileId, fresh);
        long written = System.nanoTime();
        relink(c);
        Set<Long> linkedWorks = new HashSet<>();
        try (var ps = c.prepareStatement("SELECT DISTINCT work_id FROM top10_link"); var rs = ps.executeQuery()) {
            while (rs.next()) {
                linkedWorks.add(rs.getLong(1));
            }
        }
        int linked = 0;
        for (long work : workOf) {
            linked += linkedWorks.contains(work) ? 1 : 0;
        }
        LOG.debug("Top 10: {} lines written in {} ms, linked in {} ms", fresh.size(), (written - start) / 1_000_000,
                (System.nanoTime() - written) / 1_000_000);
        return new ImportCounts(fileId, newLists.size(), oldLists.size(), fresh.size(), worksAdded, linked);
    }

    /** What a file added: its first and last week, its weeks, countries and lines (set once, after its lines). */
    private static void fileCounts(Connection c, long fileId, List<Top10Entry> fresh) throws SQLException {
        Set<LocalDate> weeks = new HashSet<>();
        Set<String> countries = new HashSet<>();
        fresh.forEach(e -> {
            weeks.add(e.week());
            countries.add(e.country());
        });
        try (var ps = c.prepareStatement("UPDATE top10_file SET first_week = ?, last_week = ?, weeks = ?, countries = ?, "
                + "entries = ? WHERE id = ?")) {
            ps.setString(1, weeks.stream().min(Comparator.naturalOrder()).orElseThrow().toString());
            ps.setString(2, weeks.stream().max(Comparator.naturalOrder()).orElseThrow().toString());
            ps.setInt(3, weeks.size());
            ps.setInt(4, countries.size());
            ps.setInt(5, fresh.size());
            ps.setLong(6, fileId);
            ps.executeUpdate();
        }
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
        private final PreparedStatement insertMany;
        private final PreparedStatement insertOne;
        private final List<Object[]> pending = new ArrayList<>(ROWS);
        private final PreparedStatement newWork;
        private final PreparedStatement newSeason;
        /** Work ids by normalised title and kind, as stored. */
        private final Map<String, Long> works = new HashMap<>();
        /** Work ids by title as the file writes it, one map per kind: the title is normalised once, not once a line. */
        private final Map<Kind, Map<String, Long>> byTitle = new EnumMap<>(Kind.class);
        /** Season ids by work id and season title. */
        private final Map<Long, Map<String, Long>> seasons = new HashMap<>();
        int worksAdded;

        EntryWriter(Connection c) throws SQLException {
            try (var ps = c.prepareStatement("SELECT id, norm_name, kind FROM top10_work"); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    works.put(rs.getString(2) + "|" + rs.getString(3), rs.getLong(1));
                }
            }
            try (var ps = c.prepareStatement("SELECT id, work_id, name FROM top10_season"); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    seasons.computeIfAbsent(rs.getLong(2), k -> new HashMap<>()).put(rs.getString(3), rs.getLong(1));
                }
            }
            insertMany = c.prepareStatement(COLUMNS + String.join(",", java.util.Collections.nCopies(ROWS, ROW)));
            insertOne = c.prepareStatement(COLUMNS + ROW);
            newWork = c.prepareStatement("INSERT INTO top10_work(kind, name, norm_name) VALUES (?,?,?)",
                    PreparedStatement.RETURN_GENERATED_KEYS);
            newSeason = c.prepareStatement("INSERT INTO top10_season(work_id, name) VALUES (?,?)",
                    PreparedStatement.RETURN_GENERATED_KEYS);
        }

        /** Queues a line (written by {@link #flush} at the latest); returns its work's id. */
        long add(long fileId, Top10Entry e) throws SQLException {
            long work = work(e);
            Long season = e.season() == null ? null : season(work, e.season());
            pending.add(new Object[] {e.country(), e.week().toString(), e.category().label(), e.rank(), fileId, work, season,
                e.weeksInTop10(), e.hoursViewed(), e.runtime(), e.views()});
            if (pending.size() == ROWS) {
                bind(insertMany, pending);
                insertMany.executeUpdate();
                pending.clear();
            }
            return work;
        }

        void flush() throws SQLException {
            for (Object[] row : pending) {
                bind(insertOne, List.<Object[]>of(row));
                insertOne.executeUpdate();
            }
            pending.clear();
        }

        private static void bind(PreparedStatement ps, List<Object[]> rows) throws SQLException {
            int i = 1;
            for (Object[] row : rows) {
                for (Object v : row) {
                    if (v == null) {
                        ps.setNull(i++, Types.NULL);
                    } else {
                        ps.setObject(i++, v);
                    }
                }
            }
        }

        private long work(Top10Entry e) throws SQLException {
            Map<String, Long> titles = byTitle.computeIfAbsent(e.kind(), k -> new HashMap<>());
            Long id = titles.get(e.work());
            if (id != null) {
                return id;
            }
            String norm = normName(e.work());
            String key = norm + "|" + e.kind().code();
            id = works.get(key);
            if (id == null) {
                newWork.setString(1, e.kind().code());
                newWork.setString(2, e.work().strip());
                newWork.setString(3, norm);
                id = insertReturningId(newWork);
                works.put(key, id);
                worksAdded++;
            }
            titles.put(e.work(), id);
            return id;
        }

        private long season(long work, String name) throws SQLException {
            Map<String, Long> ofWork = seasons.computeIfAbsent(work, k -> new HashMap<>());
            Long id = ofWork.get(name);
            if (id == null) {
                newSeason.setLong(1, work);
                newSeason.setString(2, name);
                id = insertReturningId(newSeason);
                ofWork.put(name, id);
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

        @Override
        public void close() throws SQLException {
            insertMany.close();
            insertOne.close();
            newWork.close();
            newSeason.close();
        }
    }

    /** The imported files, newest first, with the lists they added. */
    public List<StoredFile> files() throws StoreException {
        String sql = "SELECT id, file_name, layout, country_filter, imported_at, first_week, last_week, weeks, countries, "
                + "entries FROM top10_file ORDER BY id DESC";
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
            try (var ps = c.prepareStatement("SELECT file_name FROM top10_file WHERE id = ?")) {
                ps.setLong(1, fileId);
                try (var rs = ps.executeQuery()) {
                    if (rs.next()) {
                        ImportCopies.forget(c, ImportCopies.top10Subject(rs.getString(1)));
                    }
                }
            }
            // the file's lines go with it (ON DELETE CASCADE)
            try (var ps = c.prepareStatement("DELETE FROM top10_file WHERE id = ?")) {
                ps.setLong(1, fileId);
                ps.executeUpdate();
            }
            try (var s = c.createStatement()) {
                // one pass over the lines each, not one per work
                s.executeUpdate("DELETE FROM top10_season WHERE id NOT IN "
                        + "(SELECT season_id FROM top10_entry WHERE season_id IS NOT NULL)");
                s.executeUpdate("DELETE FROM top10_work WHERE id NOT IN (SELECT work_id FROM top10_entry)");
                s.executeUpdate("DELETE FROM top10_country WHERE code NOT IN (SELECT country FROM top10_entry)");
            }
            return null;
        });
    }
}
