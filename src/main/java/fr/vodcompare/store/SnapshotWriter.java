package fr.vodcompare.store;

import fr.vodcompare.model.MatchRule;
import fr.vodcompare.model.Normalise;
import fr.vodcompare.model.Snapshot;
import fr.vodcompare.model.Title;
import fr.vodcompare.model.TitleMatcher;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one imported snapshot inside the caller's write transaction: matches its rows to the
 * platform's known titles ({@link TitleMatcher}), keeps a version of what it says where that is new,
 * moves a title's current view only when this snapshot is its newest, and extends the presence runs.
 * Never rewrites another snapshot. The rows are staged and matched in temporary tables ({@link SnapshotStage}) and written
 * a chunk at a time, so memory does not grow with the file or the platform.
 */
final class SnapshotWriter {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SnapshotWriter.class);
    private final Connection c;
    private final Snapshot spec;
    private final String asOf;

    private SnapshotWriter(Connection c, Snapshot spec) {
        this.c = c;
        this.spec = spec;
        this.asOf = spec.asOf().toString();
    }

    /** What a snapshot import did. */
    public record Outcome(long snapshotId, int titles, int added, int updated, int unchanged, int ambiguous,
                          Map<MatchRule, Integer> matchedBy, Replaced replaced) {
    }

    /** The snapshot an import replaced: its title count before, and how many of its titles the new file no longer lists. */
    public record Replaced(int titlesBefore, int noLongerListed) {
    }

    static Outcome write(Connection c, Snapshot spec, List<Title> rows, boolean replace) throws SQLException, StoreException {
        try (SnapshotStage stage = SnapshotStage.open(c)) {
            for (Title t : rows) {
                stage.add(t);
            }
            return new SnapshotWriter(c, spec).write(stage, replace);
        }
    }

    /** What a streamed write did, and the rows that repeated an earlier row's file key: {line, earlier line}. */
    record Streamed(Outcome outcome, List<long[]> repeated) {
    }

    /**
     * Writes a snapshot from rows read one at a time: staged first (the snapshot's date may come from the rows), then
     * matched and written as {@link #write(Connection, Snapshot, List, boolean)} does.
     */
    static Streamed write(Connection c, TitleStream rows, boolean replace) throws Exception {
        List<long[]> repeated = new ArrayList<>();
        try (SnapshotStage stage = SnapshotStage.open(c)) {
            for (TitleStream.Row r = rows.next(); r != null; r = rows.next()) {
                if (r.maybeSameAs() > 0 && stage.staged(r.title())) {
                    repeated.add(new long[] {r.line(), r.maybeSameAs()});
                }
                stage.add(r.title());
            }
            return new Streamed(new SnapshotWriter(c, rows.snapshot()).write(stage, replace), repeated);
        }
    }

    private Outcome write(SnapshotStage stage, boolean replace) throws SQLException, StoreException {
        Snapshot existing = Snapshots.find(c, spec.platformId(), spec.asOf(), spec.territory());
        Set<Long> before = Set.of();
        long snapshotId;
        if (existing != null) {
            if (!replace || existing.bundled() != spec.bundled()) { // bundled data replaces only bundled data, and the other way
                throw new SnapshotExistsException(existing);
            }
            before = Snapshots.titleIds(c, existing);
            Snapshots.clear(c, existing);
            snapshotId = existing.id();
            try (var ps = c.prepareStatement("UPDATE snapshot SET source_name = ?, source_file = ?, bundled = ?, imported_at = ? "
                    + "WHERE id = ?")) {
                ps.setString(1, spec.sourceName());
                ps.setString(2, spec.sourceFile());
                ps.setInt(3, spec.bundled() ? 1 : 0);
                ps.setString(4, Instant.now().toString());
                ps.setLong(5, snapshotId);
                ps.executeUpdate();
            }
        } else {
            snapshotId = Snapshots.insert(c, spec, 0); // its count is set once its titles are written
        }
        long t0 = System.nanoTime();
        long maxId = Sql.single(c, "SELECT COALESCE(MAX(id), 0) FROM title");
        stage.match(spec.platformId());
        long t1 = System.nanoTime();
        Counts n = new Counts();
        n.nextId = maxId + 1;
        n.snapshotId = snapshotId;
        Presence.stage(c, List.of());
        try (TitleRows w = new TitleRows(c);
             var present = c.prepareStatement("INSERT OR IGNORE INTO temp.snap_titles(title_id) VALUES (?)");
             var firstListing = c.prepareStatement(ImpliedVersions.FIRST_LISTING)) {
            stage.rows(CHUNK, chunk -> writeChunk(chunk, w, present, firstListing, n));
            w.flush();
        }
        TitleRows.indexNew(c, maxId);
        long t2 = System.nanoTime();
        stage.writeAmbiguities(snapshotId, n.ambiguousTitles);
        Presence.of(c, spec.platformId(), spec.territory(), asOf).add();
        int titles = (int) Sql.single(c, "SELECT COUNT(*) FROM temp.snap_titles");
        try (var ps = c.prepareStatement("UPDATE snapshot SET title_count = ? WHERE id = ?")) {
            ps.setInt(1, titles);
            ps.setLong(2, snapshotId);
            ps.executeUpdate();
        }
        LOG.debug("{} {}: staged rows matched in {} ms, written in {} ms, runs in {} ms", spec.platformId(), asOf,
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        Replaced replaced = null;
        if (existing != null) {
            Set<Long> gone = new HashSet<>(before);
            try (var ps = c.prepareStatement("SELECT title_id FROM temp.snap_titles"); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    gone.remove(rs.getLong(1));
                }
            }
            Snapshots.settle(c, spec.platformId(), gone);
            replaced = new Replaced(existing.titleCount(), gone.size());
        }
        SnapshotAggregates.refresh(c, snapshotId);
        return new Outcome(snapshotId, titles, n.added, n.updated, n.unchanged, (int) stage.ambiguousRows(), n.matchedBy, replaced);
    }

    /** Staged rows written per chunk, the known titles they matched read once per chunk. */
    private static final int CHUNK = 1_000;

    private void writeChunk(List<SnapshotStage.Row> chunk, TitleRows w, java.sql.PreparedStatement present,
                            java.sql.PreparedStatement firstListing, Counts n) throws SQLException {
        List<Long> matched = new ArrayList<>();
        for (SnapshotStage.Row r : chunk) {
            if (r.knownId() != null) {
                matched.add(r.knownId());
            }
        }
        KnownVersions known = KnownVersions.load(c, matched, firstListing);
        for (SnapshotStage.Row r : chunk) {
            Title t = r.title();
            long id;
            if (r.knownId() == null) {
                id = n.nextId++;
                w.insert(id, r.keyTaken() ? fileKey(t) + "#" + id : fileKey(t), t); // its one version is its row (schema 16)
                n.added++;
            } else {
                id = r.knownId();
                n.matchedBy.merge(r.rule(), 1, Integer::sum);
                writeMatched(id, t, r.rule(), known, w, n);
            }
            w.ident(spec.platformId(), t.showId(), id);
            present.setLong(1, id);
            present.addBatch();
            if (r.ambiguous()) {
                n.ambiguousTitles.put(t.id(), id);
            }
        }
        present.executeBatch();
    }

    /** A row matched to stored title {@code id}: a version when it says something new, the row when it is the newest. */
    private void writeMatched(long id, Title t, MatchRule rule, KnownVersions known, TitleRows w, Counts n) throws SQLException {
        KnownVersions.Versions v = known.versions(id);
        Title unversioned = v == null ? known.unversioned(id) : null;
        if (unversioned != null && Titles.sameAttributes(unversioned, t)) {
            n.unchanged++; // its one version, its row (schema 16), says the same
            return;
        }
        if (unversioned != null) {
            v = known.implied(id, n.snapshotId);
        }
        Title inEffect = v == null ? null : v.at(spec.asOf());
        if (inEffect == null || !Titles.sameAttributes(inEffect, t)) {
            if (v != null && v.impliedSnapshot() != null) {
                // the version its row implied is written, referring to the row, before another is
                w.versionOfRow(id, v.impliedSnapshot(), v.newestDate(), null);
            }
            w.version(id, n.snapshotId, asOf, rule, t);
        }
        Title current = v == null ? unversioned : v.newest();
        boolean newest = v == null || v.newestDate().compareTo(asOf) <= 0;
        if (newest && (current == null || !Titles.sameAttributes(current, t))) {
            w.update(id, t);
            n.updated++;
        } else {
            n.unchanged++;
        }
    }

    private static final class Counts {
        long snapshotId;
        long nextId;
        int added;
        int updated;
        int unchanged;
        final Map<MatchRule, Integer> matchedBy = new EnumMap<>(MatchRule.class);
        /** Rows that matched several titles: their position, and the title each became. */
        final Map<Long, Long> ambiguousTitles = new HashMap<>();
    }

    static boolean hasId(Title t) {
        return t.showId() != null && !t.showId().isBlank();
    }

    /**
     * The key that identifies a row within one file: its id, else its normalised title, year and kind; a new title's
     * stored key (made unique with '#' and its id when taken; the id it holds names the title: {@link FileIds}).
     */
    static String fileKey(Title t) {
        return hasId(t) ? "id:" + t.showId().strip() : "key:" + Normalise.titleKey(t.name(), t.releaseYear(), t.kind());
    }
}
