package fr.vodcompare.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What came and went between consecutive snapshots, counted once and kept ({@code snapshot_step}, schema 11), so that
 * the catalogue changes chart reads a row per step instead of two snapshots' titles. The counts are made by the analysis
 * that compares the snapshots and kept here; every write to a platform's catalogue forgets its steps and raises its
 * generation in the same transaction ({@link #forget}), and a count is kept only when the platform's generation is still
 * the one read before its snapshots were (so a count made from what a write then changed is never kept). Thread-safe.
 */
public final class SnapshotSteps {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotSteps.class);
    /** Keeps counts one after the other, off the caller's thread: a write waits for an import's transaction to end. */
    private static final ExecutorService KEEPER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "snapshot-steps");
        t.setDaemon(true);
        return t;
    });

    private final Database db;

    SnapshotSteps(Database db) {
        this.db = db;
    }

    /** A step's counts, as {@code analysis.SnapshotDiff} counts them. */
    public record Counts(int added, int noLongerListed, int changed, int unchanged, int ambiguous) {
    }

    /** Two snapshots' ids, the earlier first. */
    public record Step(long fromId, long toId) {
    }

    /** The platform's generation: read it before the snapshots whose comparison is to be kept. */
    public long generation(String platformId) throws StoreException {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT generation FROM catalogue_generation WHERE platform_id = ?")) {
                ps.setString(1, platformId);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    /** The kept counts of the platform's steps. */
    public Map<Step, Counts> kept(String platformId) throws StoreException {
        return db.read(c -> {
            Map<Step, Counts> out = new HashMap<>();
            try (var ps = c.prepareStatement("SELECT k.from_id, k.to_id, k.added, k.no_longer_listed, k.changed, k.unchanged, "
                    + "k.ambiguous FROM snapshot_step k JOIN snapshot s ON s.id = k.to_id WHERE s.platform_id = ?")) {
                ps.setString(1, platformId);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(new Step(rs.getLong(1), rs.getLong(2)),
                                new Counts(rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Keeps a step's counts, made from what was read after the platform's {@code generation} was: in the background (the
     * caller does not wait for an import's transaction), not at all when a write came in between or the store is read-only.
     * The future completes when it is done (true: kept); a failure is logged, never thrown: nothing but speed depends on it.
     */
    public CompletableFuture<Boolean> keep(String platformId, long generation, Step step, Counts counts) {
        if (db.isReadOnly()) {
            return CompletableFuture.completedFuture(false);
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                return db.write(c -> insert(c, platformId, generation, step, counts)) > 0;
            } catch (StoreException | RuntimeException e) {
                LOG.debug("A catalogue step's counts were not kept", e);
                return false;
            }
        }, KEEPER);
    }

    /** Waits until every count given to {@link #keep} before this call is kept or dropped (tests, benchmarks). */
    public static void awaitKept() {
        CompletableFuture.runAsync(() -> { }, KEEPER).join();
    }

    private static int insert(Connection c, String platformId, long generation, Step step, Counts n) throws SQLException {
        try (var ps = c.prepareStatement("INSERT OR REPLACE INTO snapshot_step(from_id, to_id, added, no_longer_listed, changed, "
                + "unchanged, ambiguous) SELECT ?, ?, ?, ?, ?, ?, ? WHERE COALESCE((SELECT generation FROM catalogue_generation "
                + "WHERE platform_id = ?), 0) = ? AND (SELECT COUNT(*) FROM snapshot WHERE id IN (?, ?) AND platform_id = ?) = 2")) {
            Object[] values = {step.fromId(), step.toId(), n.added(), n.noLongerListed(), n.changed(), n.unchanged(), n.ambiguous(),
                platformId, generation, step.fromId(), step.toId(), platformId};
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            return ps.executeUpdate();
        }
    }

    /** After a write to a platform's catalogue, in its transaction: its steps forgotten, its generation raised. */
    static void forget(Connection c, String platformId) throws SQLException {
        try (var ps = c.prepareStatement("DELETE FROM snapshot_step WHERE to_id IN (SELECT id FROM snapshot WHERE platform_id = ?1) "
                + "OR from_id IN (SELECT id FROM snapshot WHERE platform_id = ?1)")) {
            ps.setString(1, platformId);
            ps.executeUpdate();
        }
        try (var ps = c.prepareStatement("INSERT INTO catalogue_generation(platform_id, generation) VALUES (?, 1) "
                + "ON CONFLICT(platform_id) DO UPDATE SET generation = generation + 1")) {
            ps.setString(1, platformId);
            ps.executeUpdate();
        }
    }
}
