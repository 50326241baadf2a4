package fr.vodcompare.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The store's own record of the copies of the user's imported files kept beside it (see the ingest package's
 * {@code KeptImports}): one meta row per copy, {@code import_copy.ID} → its subject ({@code catalogue|netflix|2021-09-25|FR},
 * {@code facts|FILE}, {@code top10|FILE}), written in the import's own transaction, so a copy counts only once its import
 * has committed, and deleted in the same transaction as what it brought (a snapshot, a platform, a Top 10 file). The
 * store also gets an identity ({@code store_id}) so that a copy committed to another store (one set aside since) can be
 * told from one whose import was deleted here.
 */
public final class ImportCopies {
    static final String PREFIX = "import_copy.";
    private static final String STORE_ID = "store_id";
    private static final String SEP = "|";

    private final Database db;

    ImportCopies(Database db) {
        this.db = db;
    }

    /** The subject of a catalogue snapshot's copy. */
    public static String catalogueSubject(String platformId, java.time.LocalDate asOf, String territory) {
        return "catalogue" + SEP + platformId + SEP + asOf + SEP + territory;
    }

    public static String factsSubject(String fileName) {
        return "facts" + SEP + fileName;
    }

    public static String top10Subject(String fileName) {
        return "top10" + SEP + fileName;
    }

    /** Copy id → subject, for every copy this store has committed. */
    public Map<String, String> recorded() throws StoreException {
        return db.read(c -> {
            Map<String, String> out = new LinkedHashMap<>();
            try (var ps = c.prepareStatement("SELECT key, value FROM meta WHERE key >= ? AND key < ? ORDER BY key")) {
                ps.setString(1, PREFIX);
                ps.setString(2, PREFIX.substring(0, PREFIX.length() - 1) + "/");
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1).substring(PREFIX.length()), rs.getString(2));
                    }
                }
            }
            return out;
        });
    }

    /** This store's identity; empty until it first records a copy. */
    public Optional<String> storeId() throws StoreException {
        return db.read(c -> MetaRepository.get(c, STORE_ID));
    }

    /** Records a copy inside the caller's transaction; returns the store's identity (made on first use). */
    static String record(Connection c, String id, String subject) throws SQLException {
        String storeId = MetaRepository.get(c, STORE_ID).orElse(null);
        if (storeId == null) {
            storeId = UUID.randomUUID().toString();
            MetaRepository.put(c, STORE_ID, storeId);
        }
        MetaRepository.put(c, PREFIX + id, subject);
        return storeId;
    }

    /** Forgets the copies of exactly {@code subject} (a snapshot replaced or deleted, a Top 10 file deleted). */
    static void forget(Connection c, String subject) throws SQLException {
        try (var ps = c.prepareStatement("DELETE FROM meta WHERE key >= ? AND key < ? AND value = ?")) {
            ps.setString(1, PREFIX);
            ps.setString(2, PREFIX.substring(0, PREFIX.length() - 1) + "/");
            ps.setString(3, subject);
            ps.executeUpdate();
        }
    }

    /** Forgets the copies of every catalogue of a platform (the platform is deleted). */
    static void forgetPlatform(Connection c, String platformId) throws SQLException {
        String prefix = "catalogue" + SEP + platformId + SEP;
        try (var ps = c.prepareStatement("DELETE FROM meta WHERE key >= ? AND key < ? AND substr(value, 1, ?) = ?")) {
            ps.setString(1, PREFIX);
            ps.setString(2, PREFIX.substring(0, PREFIX.length() - 1) + "/");
            ps.setInt(3, prefix.length());
            ps.setString(4, prefix);
            ps.executeUpdate();
        }
    }
}
