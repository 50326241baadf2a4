package fr.vodcompare.store;

import fr.vodcompare.model.Kind;
import fr.vodcompare.model.Original;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Original productions of the platforms, each with its source. */
public final class OriginalRepository {
    private final Database db;

    OriginalRepository(Database db) {
        this.db = db;
    }

    /** Inserts or updates an original inside the caller's transaction. */
    static void upsert(Connection c, Original o, boolean bundled) throws SQLException {
        long sourceId = SourceRows.id(c, o.source());
        try (var ps = c.prepareStatement("INSERT INTO original(platform_id, title, kind, status, year, source_id, bundled) "
                + "VALUES (?,?,?,?,?,?,?) ON CONFLICT(platform_id, title, status) DO UPDATE SET kind = excluded.kind, "
                + "year = excluded.year, source_id = excluded.source_id")) {
            ps.setString(1, o.platformId());
            ps.setString(2, o.title());
            ps.setString(3, o.kind().code());
            ps.setString(4, o.status());
            TitleRows.setInt(ps, 5, o.year());
            ps.setLong(6, sourceId);
            ps.setInt(7, bundled ? 1 : 0);
            ps.executeUpdate();
        }
    }

    public List<Original> all() throws StoreException {
        return db.read(c -> {
            List<Original> out = new ArrayList<>();
            try (var ps = c.prepareStatement("SELECT o.id, o.platform_id, o.title, o.kind, o.status, o.year, s.citation, s.url "
                    + "FROM original o JOIN source s ON s.id = o.source_id ORDER BY o.year, o.platform_id, o.title");
                 var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Original(rs.getLong(1), rs.getString(2), rs.getString(3), Kind.fromCode(rs.getString(4)),
                            rs.getString(5), (Integer) rs.getObject(6), SourceRows.source(rs.getString(7), rs.getString(8))));
                }
            }
            return out;
        });
    }

    /** Removes the bundled rows before a rebuild reloads them; user imports stay. */
    static void deleteBundled(Connection c) throws SQLException {
        try (var s = c.createStatement()) {
            s.executeUpdate("DELETE FROM original WHERE bundled = 1");
            s.executeUpdate("DELETE FROM fact WHERE bundled = 1");
        }
        CatalogueRepository.deleteBundled(c);
    }
}
