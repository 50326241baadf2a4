package fr.vodcompare.store;

import fr.vodcompare.model.Snapshot;
import fr.vodcompare.model.Title;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the first snapshot of a platform the store does not have yet, streamed and set-based, inside the
 * caller's write transaction: every row is a new title (nothing to match within the platform), so each row is
 * one batched insert of its title (its key holds its file id) and links, and what follows from the titles (their
 * presence, the full-text index) is written in one statement each once the rows are in; each title's one version is its
 * row ({@link ImpliedVersions}: no version row). A large load drops the
 * secondary indexes of the tables it fills and builds them again after the rows (sorted, not row by row); the
 * transaction rolls all of it back on failure.
 */
final class NewPlatformWriter {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(NewPlatformWriter.class);
    /** From this many rows (and more than the store holds), indexes are built after the rows. */
    private static final long BULK = 50_000;
    /** The page cache while the indexes are built, in KiB: the size of the runs SQLite sorts (it takes 250 pages at least). */
    private static final int SORT_RUN_KIB = 2048;
    /** Two cores or fewer: the full-text index aside is paced and the indexes are sorted by the writer alone. */
    private static final boolean FEW_CORES = Runtime.getRuntime().availableProcessors() <= 2;
    /**
     * Threads sorting those runs beside the one reading the table: none on two cores, where the other core indexes the
     * texts the full-text index aside left for then ({@link #FTS_PACE}).
     */
    private static final int SORT_THREADS = FEW_CORES ? 0 : 2;
    /** The share of the texts the full-text index aside indexes while the rows are written ({@link FtsAside}). */
    static final double FTS_PACE = FEW_CORES ? 0.35 : 1;
    private static final List<String> FILLED = List.of("title", "title_ident", "title_country", "title_genre",
            "title_presence");

    private final Connection c;

    private NewPlatformWriter(Connection c) {
        this.c = c;
    }

    /**
     * What was written, the rows that turned out to repeat an earlier row's file key (line, earlier line), and the new
     * titles' candidate pairs for matching ({@link Namesakes}; null: matching reads them).
     */
    record Result(SnapshotWriter.Outcome outcome, List<long[]> repeated, List<WorkRepository.Candidate> candidates) {
    }

    static Result write(Connection c, TitleStream rows) throws Exception {
        return new NewPlatformWriter(c).write(rows);
    }

    private Result write(TitleStream rows) throws Exception {
        long t0 = System.nanoTime();
        long maxId = Sql.single(c, "SELECT COALESCE(MAX(id), 0) FROM title");
        long stored = Sql.single(c, "SELECT COUNT(*) FROM title");
        boolean bulk = rows.expectedRows() >= BULK && rows.expectedRows() > stored;
        FtsAside aside = bulk ? FtsAside.start(c, maxId, FTS_PACE) : null; // the full-text index, built beside the rows
        EarlyWriteback writeback = bulk ? EarlyWriteback.start(c) : null; // less for the commit to wait for
        try {
            return write(rows, t0, maxId, stored, bulk ? dropIndexes() : List.of(), aside);
        } finally {
            if (writeback != null) {
                writeback.close();
            }
            if (aside != null) {
                aside.close();
            }
        }
    }

    private Result write(TitleStream rows, long t0, long maxId, long stored, List<String> indexes, FtsAside aside)
            throws Exception {
        long nextId = maxId;
        int added = 0;
        List<long[]> repeated = new ArrayList<>();
        String platformId = null;
        SnapshotGroups counted = new SnapshotGroups(); // the aggregates, counted as the rows are written
        Namesakes namesakes = null; // the new titles' candidate pairs, found as they are written
        try (TitleRows w = new TitleRows(c)) {
            w.countInto(counted);
            for (TitleStream.Row r = rows.next(); r != null; r = rows.next()) {
                Title t = r.title();
                if (platformId == null) {
                    namesakes = Namesakes.load(c, t.platformId(), stored);
                }
                platformId = t.platformId();
                String key = SnapshotWriter.fileKey(t);
                if (r.maybeSameAs() > 0) {
                    w.flush();
                    Long earlier = idOf(platformId, key);
                    if (earlier != null) { // the later row's values are kept, in the earlier row's title
                        w.replaceNew(earlier, t);
                        if (aside != null) {
                            aside.changed();
                        }
                        counted = null; // a title's values changed after it was counted: count the titles afterwards
                        if (namesakes != null) {
                            namesakes.stale();
                        }
                        w.countInto(null);
                        repeated.add(new long[] {r.line(), r.maybeSameAs()});
                        continue;
                    }
                }
                long id = ++nextId;
                w.insert(id, key, t, r.values());
                if (namesakes != null) {
                    namesakes.add(id, key, t, r.values().workKey());
                }
                if (aside != null) {
                    aside.add(id, t.name(), t.director(), t.cast());
                }
                added++; // the rows are written as they come, many per statement: memory bounded without flushing
            }
            w.flush();
        }
        identsOfNew(platformId, maxId);
        long t1 = System.nanoTime();
        if (aside != null) {
            aside.rowsIn();
            LOG.debug("Full-text index aside: {}% of the texts to index when the rows are in", aside.percentBehind());
        }
        Snapshot spec = rows.snapshot();
        long snapshotId = Snapshots.insert(c, spec, added);
        String asOf = spec.asOf().toString();
        // each title's one version is its row, as of this snapshot: no version row (schema 16, ImpliedVersions)
        try (var ps = c.prepareStatement("INSERT INTO title_presence(title_id, platform_id, territory, first_seen, last_seen) "
                + "SELECT id, platform_id, ?, ?, ? FROM title WHERE id > ?")) {
            ps.setString(1, spec.territory());
            ps.setString(2, asOf);
            ps.setString(3, asOf);
            ps.setLong(4, maxId);
            ps.executeUpdate();
        }
        long t2 = System.nanoTime();
        buildIndexes(indexes);
        long t3 = System.nanoTime();
        boolean copied = aside != null && aside.swapInto(c);
        if (!copied) {
            TitleRows.indexNew(c, maxId);
        }
        long t4 = System.nanoTime();
        SnapshotAggregates.refresh(c, snapshotId, counted); // after the indexes: without counts, it reads the titles by presence
        long t5 = System.nanoTime();
        LOG.info("{} {}: {} rows written in {} ms, presence in {} ms, {} indexes built in {} ms, full-text index {} "
                + "in {} ms, aggregates in {} ms", spec.platformId(), asOf, added, ms(t0, t1), ms(t1, t2), indexes.size(), ms(t2, t3),
                copied ? "(built aside) copied" : "built", ms(t3, t4), ms(t4, t5));
        var outcome = new SnapshotWriter.Outcome(snapshotId, added, added, 0, 0, 0, new java.util.EnumMap<>(
                fr.vodcompare.model.MatchRule.class), null);
        return new Result(outcome, repeated, namesakes == null ? null : namesakes.candidates());
    }

    /**
     * Builds the dropped indexes. SQLite sorts each index's keys in runs as large as the page cache, then merges them:
     * with runs of {@link #SORT_RUN_KIB} sorted by {@link #SORT_THREADS} threads beside the one reading the table, instead
     * of one run of the writer's whole cache sorted by that one, the 11 indexes of a 1,000,000-title load were built in
     * 5.4-7.0 s instead of 8.6-8.8 s (paired imports). On two cores the writer sorts alone (its 8 indexes then take about
     * 0.4 s more) and the other core finishes the full-text index aside, which no longer slows the rows. The writer's
     * cache and sorting are set back afterwards.
     */
    private void buildIndexes(List<String> indexes) throws SQLException {
        if (indexes.isEmpty()) {
            return;
        }
        try (var s = c.createStatement()) {
            long cache = Sql.single(c, "PRAGMA cache_size");
            long threads = Sql.single(c, "PRAGMA threads");
            s.execute("PRAGMA cache_size=-" + SORT_RUN_KIB);
            s.execute("PRAGMA threads=" + SORT_THREADS);
            try {
                for (String sql : indexes) {
                    s.execute(sql);
                }
            } finally {
                s.execute("PRAGMA threads=" + threads);
                s.execute("PRAGMA cache_size=" + cache);
            }
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** Drops the secondary indexes of the tables this load fills; returns the statements that build them again. */
    private List<String> dropIndexes() throws SQLException {
        List<String> create = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String in = String.join(",", FILLED.stream().map(t -> "'" + t + "'").toList());
        try (var ps = c.prepareStatement("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                + "AND tbl_name IN (" + in + ")"); var rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
                create.add(rs.getString(2));
            }
        }
        try (var s = c.createStatement()) {
            for (String name : names) {
                s.execute("DROP INDEX \"" + name.replace("\"", "\"\"") + "\"");
            }
        }
        return create;
    }

    /**
     * Remembers the ids the file gave the new titles that their keys do not say ({@link FileIds}: an id holding a '#'),
     * in one statement after the rows; a new title's key is its id ({@link SnapshotWriter#fileKey}), so no other id needs a
     * row (one per title until schema 14: 0.5 s of a 1,000,000-title load, and 40 MB).
     */
    private void identsOfNew(String platformId, long maxId) throws SQLException {
        if (platformId == null) {
            return;
        }
        try (var ps = c.prepareStatement("INSERT OR IGNORE INTO title_ident(platform_id, show_id, title_id) "
                + "SELECT platform_id, substr(ext_key, 4), id FROM title WHERE platform_id = ? AND ext_key >= 'id:' "
                + "AND ext_key < 'id;' AND instr(ext_key, '#') > 0 AND id > ? ORDER BY ext_key")) {
            ps.setString(1, platformId);
            ps.setLong(2, maxId);
            ps.executeUpdate();
        }
    }

    private Long idOf(String platformId, String key) throws SQLException {
        try (var ps = c.prepareStatement("SELECT id FROM title WHERE platform_id = ? AND ext_key = ?")) {
            ps.setString(1, platformId);
            ps.setString(2, key);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

}
