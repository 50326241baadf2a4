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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one imported snapshot inside the caller's write transaction: matches its rows to the
 * platform's known titles ({@link TitleMatcher}), keeps a version of what it says where that is new,
 * moves a title's current view only when this snapshot is its newest, and extends the presence runs.
 * Never rewrites another snapshot.
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
        return new SnapshotWriter(c, spec).write(rows, replace);
    }

    private Outcome write(List<Title> rows, boolean replace) throws SQLException, StoreException {
        Snapshot existing = Snapshots.find(c, spec.platformId(), spec.asOf(), spec.territory());
        Replaced replaced = null;
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
        Map<String, Title> unique = new LinkedHashMap<>();
        for (Title t : rows) {
            unique.put(fileKey(t), t); // a title twice in one file: the later row's values are kept
        }
        List<Title> titles = new ArrayList<>(unique.values());
        long t0 = System.nanoTime();
        Known known = Known.load(c, spec.platformId());
        long t1 = System.nanoTime();
        Matching m = match(titles, known);
        long t2 = System.nanoTime();
        Counts n = new Counts();
        Set<Long> present = new HashSet<>();
        long nextId = known.maxId + 1;
        try (TitleRows w = new TitleRows(c)) {
            for (int i = 0; i < titles.size(); i++) {
                Title t = titles.get(i);
                TitleMatcher.Match match = m.matches.get((long) i);
                long id;
                if (match == null) {
                    id = nextId++;
                    w.insert(id, known.freeKey(extKey(t), id), t);
                    w.versionOfRow(id, snapshotId, asOf, null);
                    n.added++;
                } else {
                    id = match.knownId();
                    n.matchedBy.merge(match.rule(), 1, Integer::sum);
                    Known.Versions v = known.versions.get(id);
                    Title inEffect = v == null ? null : v.at(spec.asOf());
                    if (inEffect == null || !Titles.sameAttributes(inEffect, t)) {
                        w.version(id, snapshotId, asOf, match.rule(), t);
                    }
                    Title current = v == null ? known.unversioned.get(id) : v.newest();
                    boolean newest = v == null || v.newestDate().compareTo(asOf) <= 0;
                    if (newest && (current == null || !Titles.sameAttributes(current, t))) {
                        w.update(id, t);
                        n.updated++;
                    } else {
                        n.unchanged++;
                    }
                }
                w.ident(spec.platformId(), t.showId(), id);
                present.add(id);
                List<Long> candidates = m.ambiguous.get((long) i);
                if (candidates != null) {
                    m.newIds.put(id, candidates);
                }
            }
            w.flush();
        }
        TitleRows.indexNew(c, known.maxId);
        long t3 = System.nanoTime();
        writeAmbiguities(snapshotId, m.newIds);
        Presence.stage(c, present);
        Presence.of(c, spec.platformId(), spec.territory(), asOf).add();
        try (var ps = c.prepareStatement("UPDATE snapshot SET title_count = ? WHERE id = ?")) {
            ps.setInt(1, present.size());
            ps.setLong(2, snapshotId);
            ps.executeUpdate();
        }
        LOG.debug("{} {}: known titles read in {} ms, matched in {} ms, rows written in {} ms, runs in {} ms", spec.platformId(),
                asOf, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (System.nanoTime() - t3) / 1_000_000);
        if (existing != null) {
            Set<Long> gone = new HashSet<>(before);
            gone.removeAll(present);
            Snapshots.settle(c, spec.platformId(), gone);
            replaced = new Replaced(existing.titleCount(), gone.size());
        }
        SnapshotAggregates.refresh(c, snapshotId);
        return new Outcome(snapshotId, present.size(), n.added, n.updated, n.unchanged, m.ambiguous.size(), n.matchedBy, replaced);
    }

    private static final class Counts {
        int added;
        int updated;
        int unchanged;
        final Map<MatchRule, Integer> matchedBy = new EnumMap<>(MatchRule.class);
    }

    /** Matches by id within a file lineage, else by title; entries are the rows' positions. */
    private static final class Matching {
        final Map<Long, TitleMatcher.Match> matches = new HashMap<>();
        final Map<Long, List<Long>> ambiguous = new HashMap<>();
        /** New titles that had several candidates: their store id and the candidates. */
        final Map<Long, List<Long>> newIds = new LinkedHashMap<>();
    }

    private Matching match(List<Title> titles, Known known) {
        Matching m = new Matching();
        Map<String, String> fileIds = new HashMap<>();
        for (Title t : titles) {
            if (hasId(t)) {
                fileIds.put(t.showId().strip(), Normalise.text(t.name()));
            }
        }
        boolean lineage = TitleMatcher.sameLineage(fileIds, known.idNames);
        List<TitleMatcher.Entry> byTitle = new ArrayList<>();
        Set<Long> claimed = new HashSet<>();
        for (int i = 0; i < titles.size(); i++) {
            Title t = titles.get(i);
            if (lineage && hasId(t)) {
                Long id = known.ids.get(t.showId().strip());
                if (id != null && claimed.add(id)) {
                    m.matches.put((long) i, new TitleMatcher.Match(i, id, MatchRule.ID));
                }
                continue; // a new id in a lineage is a new title
            }
            byTitle.add(TitleMatcher.Entry.of(i, t.name(), t.kind(), t.releaseYear()));
        }
        if (!byTitle.isEmpty()) {
            List<TitleMatcher.Entry> candidates = new ArrayList<>();
            for (TitleMatcher.Entry k : known.entries) {
                if (!claimed.contains(k.id())) {
                    candidates.add(k);
                }
            }
            TitleMatcher.Result r = TitleMatcher.byTitle(byTitle, candidates);
            m.matches.putAll(r.matches());
            m.ambiguous.putAll(r.ambiguous());
        }
        return m;
    }

    private static boolean hasId(Title t) {
        return t.showId() != null && !t.showId().isBlank();
    }

    private void writeAmbiguities(long snapshotId, Map<Long, List<Long>> newIds) throws SQLException {
        try (var ps = c.prepareStatement("INSERT OR IGNORE INTO title_ambiguity(snapshot_id, title_id, candidate_id) VALUES (?,?,?)")) {
            for (Map.Entry<Long, List<Long>> e : newIds.entrySet()) {
                for (long candidate : e.getValue()) {
                    ps.setLong(1, snapshotId);
                    ps.setLong(2, e.getKey());
                    ps.setLong(3, candidate);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** The key that identifies a row within one file: its id, else its normalised title, year and kind. */
    static String fileKey(Title t) {
        return hasId(t) ? "id:" + t.showId().strip() : "key:" + Normalise.titleKey(t.name(), t.releaseYear(), t.kind());
    }

    /** The stored key of a new title (unique per platform; lookups go through title_ident and matching). */
    static String extKey(Title t) {
        return fileKey(t);
    }
}
