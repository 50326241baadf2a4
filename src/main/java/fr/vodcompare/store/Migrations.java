package fr.vodcompare.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Numbered schema migrations, tracked in {@code PRAGMA user_version}. Migration N lives in
 * {@code V{N}.sql} beside this class; each only adds or reshapes, keeping what users imported.
 */
final class Migrations {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    private static final List<String> SCRIPTS = List.of("V1.sql", "V2.sql", "V3.sql", "V4.sql", "V5.sql");

    private Migrations() {
    }

    static List<String> all() {
        return SCRIPTS;
    }

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Applies the missing migrations up to {@code target}, inside the caller's transaction. */
    static void migrate(Connection c, int target) throws SQLException, StoreException {
        int current = known(c);
        for (int v = current + 1; v <= target; v++) {
            LOG.info("Migrating store schema to version {}", v);
            try (Statement s = c.createStatement()) {
                for (String sql : statements(read(SCRIPTS.get(v - 1)))) {
                    s.execute(sql);
                }
                s.execute("PRAGMA user_version = " + v);
            }
        }
    }

    /** A read-only store must already be at {@code target}: it cannot be upgraded. */
    static void checkReadable(Connection c, int target, java.nio.file.Path file) throws SQLException, StoreException {
        int current = known(c);
        if (current < target) {
            throw new StoreException(StoreException.Reason.READ_ONLY, "the store " + file + " is read-only and was written by an "
                    + "older VOD Compare (schema " + current + "): this version must upgrade it to schema " + target
                    + " and cannot; copy it somewhere writable and open the copy with --db", null);
        }
    }

    /** The store's schema version, when this version can read it. */
    private static int known(Connection c) throws SQLException, StoreException {
        int current = version(c);
        if (current < 0) {
            throw new StoreException(StoreException.Reason.DAMAGED, "This store's schema version is " + current
                    + ", which no VOD Compare writes: the file is damaged or was changed by another program. Set it aside "
                    + "(rename it) to start again from the bundled data, or open another store with --db.", null);
        }
        if (current > SCRIPTS.size()) {
            throw new StoreException(StoreException.Reason.NEWER_VERSION, "This store was written by a newer VOD Compare (schema " + current
                    + "); this version reads up to schema " + SCRIPTS.size() + ".", null);
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
