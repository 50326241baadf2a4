package fr.vodcompare.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Key/value facts about the store itself (which bundled data it was built from). */
public final class MetaRepository {
    private final Database db;

    MetaRepository(Database db) {
        this.db = db;
    }

    public Optional<String> get(String key) throws StoreException {
        return db.read(c -> get(c, key));
    }

    static Optional<String> get(Connection c, String key) throws SQLException {
        try (var ps = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, key);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Sets a key inside the caller's write transaction. */
    static void put(Connection c, String key, String value) throws SQLException {
        try (var ps = c.prepareStatement("INSERT INTO meta(key, value) VALUES (?, ?) "
                + "ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    public int schemaVersion() throws StoreException {
        return db.read(Migrations::version);
    }
}
