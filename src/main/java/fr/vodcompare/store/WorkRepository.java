package fr.vodcompare.store;

import fr.vodcompare.model.Kind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Works matched across platforms: the titles matching reads, the matched pairs it writes (rewritten
 * whole by each rematch) and the user's confirmed and split pairs (kept by platform and file key, so
 * they survive rematch and rebuild). Thread-safe; reads on the calling thread, writes on the writer thread.
 */
public final class WorkRepository {
    /** The rule of a pair kept as a candidate of an ambiguous title (never counted as shared). */
    public static final String AMBIGUOUS = "ambiguous";

    private final Database db;

    WorkRepository(Database db) {
        this.db = db;
    }

    /** A title as matching reads it; {@code key} is its file key (stable across rebuilds). */
    public record WorkTitle(long id, String platformId, String key, Kind kind, String name, Integer year, String director,
                            String cast) {
    }

    /** A pair of titles judged one work (or a candidate of an ambiguous title); {@code titleA}'s platform sorts first. */
    public record Pair(long titleA, long titleB, String rule, double confidence) {
    }

    /** The user's word on a pair: confirmed ({@code confirm}) or split. */
    public record Choice(String platformA, String keyA, String platformB, String keyB, boolean confirm) {
    }

    /** A stored pair whose two titles are both in the current catalogues, with what the overlap shows of them. */
    public record CurrentPair(String platformA, String platformB, long titleA, long titleB, String nameA, String nameB,
                              Kind kind, Integer yearA, Integer yearB, String rule, double confidence) {
    }

    /** The titles of the newest snapshot of each platform in each territory: what matching compares. */
    public List<WorkTitle> matchable() throws StoreException {
        String sql = "SELECT t.id, t.platform_id, t.ext_key, t.kind, t.name, t.release_year, t.director, t.cast_list FROM title t "
                + "WHERE t.id IN (SELECT p.title_id FROM title_presence p JOIN (SELECT platform_id, territory, MAX(as_of) AS newest "
                + "FROM snapshot GROUP BY platform_id, territory) n ON n.platform_id = p.platform_id AND n.territory = p.territory "
                + "AND p.last_seen = n.newest) ORDER BY t.platform_id, t.id";
        return db.read(c -> {
            List<WorkTitle> out = new ArrayList<>();
            try (var ps = c.prepareStatement(sql); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new WorkTitle(rs.getLong(1), rs.getString(2), rs.getString(3), Kind.fromCode(rs.getString(4)),
                            rs.getString(5), year(rs, 6), rs.getString(7), rs.getString(8)));
                }
            }
            return out;
        });
    }

    /** Every confirmed or split pair. */
    public List<Choice> choices() throws StoreException {
        return db.read(c -> {
            List<Choice> out = new ArrayList<>();
            try (var ps = c.prepareStatement("SELECT platform_a, key_a, platform_b, key_b, choice FROM work_choice");
                 var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Choice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            "confirm".equals(rs.getString(5))));
                }
            }
            return out;
        });
    }

    /** Replaces every stored pair with {@code pairs}, in one transaction that also sets the meta key {@code doneKey} to now. */
    public void replaceMatches(List<Pair> pairs, String doneKey) throws StoreException {
        db.write(c -> {
            MetaRepository.put(c, doneKey, Instant.now().toString());
            try (var del = c.prepareStatement("DELETE FROM work_match")) {
                del.executeUpdate();
            }
            try (var ps = c.prepareStatement("INSERT OR REPLACE INTO work_match(title_a, title_b, rule, confidence) VALUES (?,?,?,?)")) {
                for (Pair p : pairs) {
                    ps.setLong(1, p.titleA());
                    ps.setLong(2, p.titleB());
                    ps.setString(3, p.rule());
                    ps.setDouble(4, p.confidence());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /**
     * Records the user's word on two titles of two platforms (confirm: one work; split: two works),
     * replacing an earlier word on the same pair. Takes effect at the next rematch.
     *
     * @throws StoreException when a title is unknown or both are on one platform
     */
    public void choose(long titleId, long otherId, boolean confirm) throws StoreException {
        db.write(c -> {
            String[] a = platformAndKey(c, titleId);
            String[] b = platformAndKey(c, otherId);
            if (a[0].equals(b[0])) {
                throw new StoreException("titles " + titleId + " and " + otherId + " are on one platform (" + a[0]
                        + "); a work is matched across platforms");
            }
            String[] first = a[0].compareTo(b[0]) < 0 ? a : b;
            String[] second = first == a ? b : a;
            try (var ps = c.prepareStatement("INSERT OR REPLACE INTO work_choice(platform_a, key_a, platform_b, key_b, choice, "
                    + "chosen_at) VALUES (?,?,?,?,?,?)")) {
                ps.setString(1, first[0]);
                ps.setString(2, first[1]);
                ps.setString(3, second[0]);
                ps.setString(4, second[1]);
                ps.setString(5, confirm ? "confirm" : "split");
                ps.setString(6, Instant.now().toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static String[] platformAndKey(Connection c, long titleId) throws SQLException, StoreException {
        try (var ps = c.prepareStatement("SELECT platform_id, ext_key FROM title WHERE id = ?")) {
            ps.setLong(1, titleId);
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("no title with id " + titleId);
                }
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        }
    }

    /**
     * The stored pairs whose two titles are in the current catalogues (each platform's newest snapshot in
     * {@code territory}, see {@link Current}), ordered by platforms, then title.
     */
    public List<CurrentPair> currentPairs(String territory) throws StoreException {
        String current = Current.titleIds(territory);
        String sql = "SELECT a.platform_id, b.platform_id, m.title_a, m.title_b, a.name, b.name, a.kind, a.release_year, "
                + "b.release_year, m.rule, m.confidence FROM work_match m JOIN title a ON a.id = m.title_a "
                + "JOIN title b ON b.id = m.title_b WHERE m.title_a IN (" + current + ") AND m.title_b IN (" + current + ") "
                + "ORDER BY a.platform_id, b.platform_id, a.name COLLATE NOCASE, a.id, b.id";
        return db.read(c -> {
            List<CurrentPair> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new CurrentPair(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                            rs.getString(6), Kind.fromCode(rs.getString(7)), year(rs, 8), year(rs, 9), rs.getString(10),
                            rs.getDouble(11)));
                }
            }
            return out;
        });
    }

    private static Integer year(ResultSet rs, int column) throws SQLException {
        int y = rs.getInt(column);
        return rs.wasNull() ? null : y;
    }
}
