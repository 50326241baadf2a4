package fr.vodcompare.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Numbered schema migrations. Migration N lives in {@code V{N}.sql} or {@code V{N}__what.sql} beside this class;
 * each only adds or reshapes, keeping what users imported. They are applied by number, lowest first, and each one
 * applied is recorded in {@code meta} ({@value #APPLIED}): a store that got a higher number first (a build made
 * while a lower one was on another branch) still gets the lower one later. {@code PRAGMA user_version} holds the
 * highest number applied, so an older app still refuses a newer store.
 */
final class Migrations {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    /** The meta key listing the migration numbers applied ("1,2,3,4,6"); absent: every number up to user_version. */
    static final String APPLIED = "schema.migrations";
    /** In number order; a number may be missing while its migration is on another branch. */
    private static final List<String> SCRIPTS = List.of("V1.sql", "V2.sql", "V3.sql", "V4.sql", "V5.sql", "V6__fact_meaning.sql",
            "V7__snapshot_aggregates.sql", "V8__search_order.sql", "V9__slim_titles.sql",
            "V11__compare_aggregates.sql", "V12__overlap_pairs.sql", "V13__versions_by_reference.sql", "V14__ids_in_keys.sql",
            "V15__fewer_history_indexes.sql", "V16__implied_versions.sql");
    /**
     * Work a migration needs done in Java, run once every script of the run is applied (so it writes to the newest
     * schema, whatever number came after it): schema 7 fills the per-snapshot aggregates of the snapshots already there,
     * schema 11 the overlap counts of the matches already there (its catalogue steps are counted when first shown), schema 12
     * the overlap's pairs with them (one step, run once when both are applied).
     */
    private static final AfterStep OVERLAP = OverlapCounts::refresh;
    private static final java.util.Map<Integer, AfterStep> AFTER = java.util.Map.of(7, SnapshotAggregates::refreshAll,
            11, OVERLAP, 12, OVERLAP);
    private static final Pattern NAME = Pattern.compile("V(\\d+)(__[a-z0-9_]+)?\\.sql");

    private Migrations() {
    }

    static List<String> all() {
        return SCRIPTS;
    }

    /** The number of a migration script ("V6__fact_meaning.sql" is 6). */
    static int number(String script) {
        Matcher m = NAME.matcher(script);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a migration script name: " + script);
        }
        return Integer.parseInt(m.group(1));
    }

    /** The newest schema this version writes: the highest migration number. */
    static int latest() {
        return SCRIPTS.stream().mapToInt(Migrations::number).max().orElse(0);
    }

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Applies the missing migrations up to {@code target}, inside the caller's transaction. */
    static void migrate(Connection c, int target) throws SQLException, StoreException {
        int current = known(c);
        Set<Integer> applied = applied(c, current);
        int version = current;
        List<Integer> ran = new java.util.ArrayList<>();
        for (String script : SCRIPTS.stream().sorted(Comparator.comparingInt(Migrations::number)).toList()) {
            int n = number(script);
            if (n > target || applied.contains(n)) {
                continue;
            }
            LOG.info("Migrating store schema: {}", script);
            version = Math.max(version, n);
            try (Statement s = c.createStatement()) {
                for (String sql : statements(read(script))) {
                    s.execute(sql);
                }
                s.execute("PRAGMA user_version = " + version);
            }
            applied.add(n);
            recordApplied(c, applied);
            ran.add(n);
        }
        Set<AfterStep> after = new java.util.LinkedHashSet<>();
        for (int n : ran) {
            if (AFTER.containsKey(n)) {
                after.add(AFTER.get(n));
            }
        }
        for (AfterStep step : after) {
            step.run(c);
        }
    }

    @FunctionalInterface
    private interface AfterStep {
        void run(Connection c) throws SQLException;
    }

    /** The migration numbers a store has: as {@code meta} lists them, else every number up to its user_version. */
    static Set<Integer> applied(Connection c, int version) throws SQLException {
        Set<Integer> out = new TreeSet<>();
        String listed = null;
        if (version > 0) {
            try (var ps = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
                ps.setString(1, APPLIED);
                try (var rs = ps.executeQuery()) {
                    listed = rs.next() ? rs.getString(1) : null;
                }
            }
        }
        if (listed == null) {
            for (int n = 1; n <= version; n++) {
                out.add(n);
            }
            return out;
        }
        for (String n : listed.split(",")) {
            if (!n.isBlank()) {
                out.add(Integer.parseInt(n.strip()));
            }
        }
        return out;
    }

    private static void recordApplied(Connection c, Set<Integer> applied) throws SQLException {
        try (var ps = c.prepareStatement("INSERT INTO meta(key, value) VALUES (?, ?) "
                + "ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, APPLIED);
            ps.setString(2, String.join(",", applied.stream().map(String::valueOf).toList()));
            ps.executeUpdate();
        }
    }

    /** A read-only store must already be at {@code target}: it cannot be upgraded. */
    static void checkReadable(Connection c, int target, java.nio.file.Path file) throws SQLException, StoreException {
        int current = known(c);
        Set<Integer> applied = applied(c, current);
        boolean missing = SCRIPTS.stream().mapToInt(Migrations::number).anyMatch(n -> n <= target && !applied.contains(n));
        if (current < target || missing) {
            throw new StoreException(StoreException.Reason.READ_ONLY, null, "readOnly.older", file, current, target);
        }
    }

    /** The store's schema version, when this version can read it. */
    private static int known(Connection c) throws SQLException, StoreException {
        int current = version(c);
        if (current < 0) {
            throw new StoreException(StoreException.Reason.DAMAGED, null, "version.unknown", current);
        }
        if (current > latest()) {
            throw new StoreException(StoreException.Reason.NEWER_VERSION, null, "version.newer", current, latest());
        }
        return current;
    }

    private static String read(String name) throws StoreException {
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new StoreException("Missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("Cannot read migration " + name, e);
        }
    }

    /** Splits a script on ';' at line ends; triggers use "END;" blocks kept whole. */
    static List<String> statements(String script) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inTrigger = false;
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--") || t.isEmpty()) {
                continue;
            }
            if (t.toUpperCase(java.util.Locale.ROOT).startsWith("CREATE TRIGGER")) {
                inTrigger = true;
            }
            cur.append(line).append('\n');
            boolean end = inTrigger ? t.equalsIgnoreCase("END;") : t.endsWith(";");
            if (end) {
                out.add(cur.toString());
                cur.setLength(0);
                inTrigger = false;
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString());
        }
        return out;
    }
}
