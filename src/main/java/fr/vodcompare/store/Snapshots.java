package fr.vodcompare.store;

import fr.vodcompare.model.Snapshot;
import fr.vodcompare.model.Title;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Finding, clearing and deleting snapshots inside a write transaction (SQL for {@link CatalogueRepository}). */
final class Snapshots {
    static final String COLUMNS = "s.id, s.platform_id, s.as_of, s.territory, s.source_name, s.source_file, s.title_count, s.bundled";

    private Snapshots() {
    }

    static Snapshot map(ResultSet rs) throws SQLException {
        return new Snapshot(rs.getLong(1), rs.getString(2), LocalDate.parse(rs.getString(3)), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getInt(7), rs.getInt(8) == 1);
    }

    static Snapshot find(Connection c, String platformId, LocalDate asOf, String territory) throws SQLException {
        try (var ps = c.prepareStatement("SELECT " + COLUMNS + " FROM snapshot s WHERE s.platform_id = ? AND s.as_of = ? AND s.territory = ?")) {
            ps.setString(1, platformId);
            ps.setString(2, asOf.toString());
            ps.setString(3, territory);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? map(rs) : null;
            }
        }
    }

    static Snapshot byId(Connection c, long id) throws SQLException {
        try (var ps = c.prepareStatement("SELECT " + COLUMNS + " FROM snapshot s WHERE s.id = ?")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? map(rs) : null;
            }
        }
    }

    /** The titles a snapshot lists. */
    static Set<Long> titleIds(Connection c, Snapshot s) throws SQLException {
        Set<Long> out = new HashSet<>();
        try (var ps = c.prepareStatement("SELECT title_id FROM title_presence WHERE platform_id = ? AND territory = ? "
                + "AND first_seen <= ? AND last_seen >= ?")) {
            ps.setString(1, s.platformId());
            ps.setString(2, s.territory());
            ps.setString(3, s.asOf().toString());
            ps.setString(4, s.asOf().toString());
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    /**
     * Takes back what a snapshot said, keeping its row: its presence, its ambiguities and its versions.
     * A version it kept is handed to the next snapshot that lists the title when no newer version says
     * otherwise by then, so what later snapshots said stays true.
     */
    static void clear(Connection c, Snapshot s) throws SQLException {
        Presence.of(c, s.platformId(), s.territory(), s.asOf().toString()).remove();
        try (var ps = c.prepareStatement("DELETE FROM title_ambiguity WHERE snapshot_id = ?")) {
            ps.setLong(1, s.id());
            ps.executeUpdate();
        }
        // the earliest other snapshot listing the title on or after this date, if it comes before the next version
        String heir = "SELECT o.id FROM snapshot o JOIN title_presence p ON p.title_id = v.title_id AND p.territory = o.territory "
                + "AND p.first_seen <= o.as_of AND p.last_seen >= o.as_of WHERE o.platform_id = ? AND o.id <> ? AND o.as_of >= ? "
                + "AND NOT EXISTS (SELECT 1 FROM title_version w WHERE w.title_id = v.title_id AND w.snapshot_id <> v.snapshot_id "
                + "AND w.as_of >= ? AND w.as_of <= o.as_of) ORDER BY o.as_of, o.id LIMIT 1";
        try (var ps = c.prepareStatement("UPDATE title_version AS v SET snapshot_id = (" + heir + "), as_of = (SELECT o.as_of FROM "
                + "snapshot o WHERE o.id = (" + heir + ")) WHERE v.snapshot_id = ? AND EXISTS (" + heir + ")")) {
            int i = 1;
            for (int k = 0; k < 3; k++) {
                ps.setString(i++, s.platformId());
                ps.setLong(i++, s.id());
                ps.setString(i++, s.asOf().toString());
                ps.setString(i++, s.asOf().toString());
                if (k == 1) {
                    ps.setLong(i++, s.id());
                }
            }
            ps.executeUpdate();
        }
        try (var ps = c.prepareStatement("DELETE FROM title_version WHERE snapshot_id = ?")) {
            ps.setLong(1, s.id());
            ps.executeUpdate();
        }
    }

    /** Deletes a snapshot: what it said, its row, the titles no snapshot lists any more; the others' current view follows. */
    static void delete(Connection c, Snapshot s) throws SQLException {
        Set<Long> ids = titleIds(c, s);
        clear(c, s);
        try (var ps = c.prepareStatement("DELETE FROM snapshot WHERE id = ?")) {
            ps.setLong(1, s.id());
            ps.executeUpdate();
        }
        settle(c, s.platformId(), ids);
        SnapshotAggregates.refreshPlatform(c, s.platformId());
    }

    /**
     * After snapshots were cleared or deleted: titles among {@code ids} that no snapshot lists are
     * deleted, and the others show their newest remaining version.
     */
    static void settle(Connection c, String platformId, Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        List<Long> kept = new ArrayList<>();
        try (var gone = c.prepareStatement("DELETE FROM title WHERE id = ? AND NOT EXISTS (SELECT 1 FROM title_presence p "
                + "WHERE p.title_id = title.id)")) {
            for (long id : ids) {
                gone.setLong(1, id);
                if (gone.executeUpdate() == 0) {
                    kept.add(id);
                }
            }
        }
        try (var newest = c.prepareStatement("SELECT " + Titles.VERSION_COLUMNS + " FROM title_version v JOIN title t ON t.id = v.title_id "
                + "WHERE v.title_id = ? ORDER BY v.as_of DESC, v.snapshot_id DESC LIMIT 1");
             var current = c.prepareStatement("SELECT " + TitleQueries.COLUMNS + " FROM title t WHERE t.id = ?");
             TitleRows w = new TitleRows(c)) {
            for (long id : kept) {
                Title v = one(newest, id);
                Title now = one(current, id);
                if (v != null && now != null && !Titles.sameAttributes(v, now)) {
                    w.update(id, v);
                }
            }
            w.flush();
        }
    }

    private static Title one(java.sql.PreparedStatement ps, long id) throws SQLException {
        ps.setLong(1, id);
        try (var rs = ps.executeQuery()) {
            return rs.next() ? TitleQueries.map(rs) : null;
        }
    }

    /** Adds the snapshot {@code spec} with its title count; returns its id. */
    static long insert(Connection c, Snapshot spec, int titles) throws SQLException {
        try (var ps = c.prepareStatement("INSERT INTO snapshot(platform_id, as_of, territory, source_name, source_file, bundled, "
                + "imported_at, title_count) VALUES (?,?,?,?,?,?,?,?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, spec.platformId());
            ps.setString(2, spec.asOf().toString());
            ps.setString(3, spec.territory());
            ps.setString(4, spec.sourceName());
            ps.setString(5, spec.sourceFile());
            ps.setInt(6, spec.bundled() ? 1 : 0);
            ps.setString(7, Instant.now().toString());
            ps.setInt(8, titles);
            ps.executeUpdate();
            try (var keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
