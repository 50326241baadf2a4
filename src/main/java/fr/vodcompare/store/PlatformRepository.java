package fr.vodcompare.store;

import fr.vodcompare.model.Platform;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The platform registry: ids, names, colours and the aliases sources use. */
public final class PlatformRepository {
    private final Database db;

    PlatformRepository(Database db) {
        this.db = db;
    }

    public List<Platform> all() throws StoreException {
        return db.read(PlatformRepository::all);
    }

    static List<Platform> all(Connection c) throws SQLException {
        List<Platform> out = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT id, name, owner, launch_fr, colour FROM platform ORDER BY bundled DESC, rowid");
             var rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(map(c, rs));
            }
        }
        return out;
    }

    public Optional<Platform> find(String id) throws StoreException {
        return db.read(c -> find(c, id));
    }

    static Optional<Platform> find(Connection c, String id) throws SQLException {
        try (var ps = c.prepareStatement("SELECT id, name, owner, launch_fr, colour FROM platform WHERE id = ?")) {
            ps.setString(1, id);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(c, rs)) : Optional.empty();
            }
        }
    }

    private static Platform map(Connection c, ResultSet rs) throws SQLException {
        String id = rs.getString(1);
        List<String> aliases = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT alias FROM platform_alias WHERE platform_id = ? ORDER BY alias")) {
            ps.setString(1, id);
            try (var a = ps.executeQuery()) {
                while (a.next()) {
                    aliases.add(a.getString(1));
                }
            }
        }
        return new Platform(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), aliases);
    }

    /**
     * The registry id for a name as a source writes it ("Amazon", "Prime Video", "netflix"),
     * matched on id, name or alias without case; empty for anything else ("all", "Netflix+Disney+").
     */
    static Optional<String> resolve(Connection c, String label) throws SQLException {
        String l = label == null ? "" : label.strip();
        try (var ps = c.prepareStatement("SELECT id FROM platform WHERE id = ? COLLATE NOCASE OR name = ? COLLATE NOCASE "
                + "UNION SELECT platform_id FROM platform_alias WHERE alias = ?")) {
            ps.setString(1, l);
            ps.setString(2, l);
            ps.setString(3, l);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public Optional<String> resolve(String label) throws StoreException {
        return db.read(c -> resolve(c, label));
    }

    /** Inserts or updates a platform and its aliases inside the caller's transaction. */
    static void upsert(Connection c, Platform p, boolean bundled) throws SQLException {
        try (var ps = c.prepareStatement("INSERT INTO platform(id, name, owner, launch_fr, colour, bundled) VALUES (?,?,?,?,?,?) "
                + "ON CONFLICT(id) DO UPDATE SET name = CASE platform.user_name WHEN 1 THEN platform.name ELSE excluded.name END, "
                + "owner = excluded.owner, launch_fr = excluded.launch_fr, "
                + "colour = CASE platform.user_colour WHEN 1 THEN platform.colour ELSE excluded.colour END, "
                + "bundled = MAX(platform.bundled, excluded.bundled)")) {
            ps.setString(1, p.id());
            ps.setString(2, p.name());
            ps.setString(3, p.owner());
            ps.setString(4, p.launchFr());
            ps.setString(5, p.colour());
            ps.setInt(6, bundled ? 1 : 0);
            ps.executeUpdate();
        }
        try (var ps = c.prepareStatement("INSERT INTO platform_alias(alias, platform_id) VALUES (?, ?) "
                + "ON CONFLICT(alias) DO UPDATE SET platform_id = excluded.platform_id")) {
            for (String alias : p.aliases()) {
                ps.setString(1, alias);
                ps.setString(2, p.id());
                ps.executeUpdate();
            }
        }
    }

    /**
     * Creates a platform that an import names for the first time, with a colour of its own (far from every
     * platform's colour, stored so that every chart and the colour picker show it); keeps an existing one as it is.
     */
    static void ensure(Connection c, String id, String name) throws SQLException {
        java.util.List<String> used = new java.util.ArrayList<>();
        try (var ps = c.prepareStatement("SELECT colour FROM platform WHERE colour IS NOT NULL");
             var rs = ps.executeQuery()) {
            while (rs.next()) {
                String colour = rs.getString(1).strip();
                if (colour.matches("#[0-9a-fA-F]{6}")) {
                    used.add(colour.toUpperCase(java.util.Locale.ROOT));
                }
            }
        }
        try (var ps = c.prepareStatement("INSERT INTO platform(id, name, colour) VALUES (?, ?, ?) ON CONFLICT(id) DO NOTHING")) {
            ps.setString(1, id);
            ps.setString(2, name == null || name.isBlank() ? id : name);
            ps.setString(3, fr.vodcompare.model.PlatformColours.next(used));
            ps.executeUpdate();
        }
    }

    public void rename(String id, String name) throws StoreException {
        update("UPDATE platform SET name = ?, user_name = 1 WHERE id = ?", name, id);
    }

    /** Sets the brand colour ({@code #RRGGBB}). */
    public void setColour(String id, String colour) throws StoreException {
        update("UPDATE platform SET colour = ?, user_colour = 1 WHERE id = ?", colour, id);
    }

    /** Deletes a platform with its snapshots, titles and originals; its facts keep their label. */
    public void delete(String id) throws StoreException {
        db.write(c -> {
            ImportCopies.forgetPlatform(c, id);
            SnapshotSteps.forget(c, id);
            int n;
            try (var ps = c.prepareStatement("DELETE FROM platform WHERE id = ?")) {
                ps.setString(1, id);
                n = ps.executeUpdate();
            }
            OverlapCounts.refresh(c);
            return n;
        });
    }

    private void update(String sql, String value, String id) throws StoreException {
        int n = db.write(c -> {
            try (var ps = c.prepareStatement(sql)) {
                ps.setString(1, value);
                ps.setString(2, id);
                return ps.executeUpdate();
            }
        });
        if (n == 0) {
            throw new StoreException("No platform with id '" + id + "'");
        }
    }
}
