package fr.vodcompare.store;

import fr.vodcompare.model.Kind;
import fr.vodcompare.model.Normalise;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
                            String cast, String workKey) {
    }

    /** A pair of titles judged one work (or a candidate of an ambiguous title); {@code titleA}'s platform sorts first. */
    public record Pair(long titleA, long titleB, String platformA, String platformB, String rule, double confidence) {
    }

    /** The user's word on a pair: confirmed ({@code confirm}) or split. */
    public record Choice(String platformA, String keyA, String platformB, String keyB, boolean confirm) {
    }

    /** A stored pair whose two titles are both in the current catalogues, with what the overlap shows of them. */
    public record CurrentPair(String platformA, String platformB, long titleA, long titleB, String nameA, String nameB,
                              Kind kind, Integer yearA, Integer yearB, String rule, double confidence) {
    }

    /** Two titles on two platforms that matching compares: {@code x}'s platform sorts first. */
    public record Candidate(WorkTitle x, WorkTitle y) {
        /** The pair of {@code a} and {@code b}, whichever platform sorts first as {@code x}. */
        static Candidate of(WorkTitle a, WorkTitle b) {
            return a.platformId().compareTo(b.platformId()) < 0 ? new Candidate(a, b) : new Candidate(b, a);
        }
    }

    /**
     * Current titles (in the newest snapshot of their platform in any territory) that share their work key
     * and kind with a current title of another platform: every pair matching may judge, found by an
     * indexed join on {@code title.work_key}, not by reading every title. With {@code platformId}, only the
     * pairs with a title of that platform. Call {@link #fillWorkKeys} first. The pairs are given one work key at a
     * time: matching only ever compares titles of one key, so it needs no more than one key's titles in memory.
     */
    public void candidates(String platformId, KeyGroups groups) throws StoreException {
        String current = " AND " + isCurrent("t.id") + " AND " + isCurrent("u.id");
        if (platformId != null && otherTitlesAreFewer(platformId)) {
            // a platform larger than all the others together (a first import of a big file): walk the others' titles (by
            // platform, through an index) and look its titles up by key, rather than reading each of its titles for the few
            // that have a match (1M titles: minutes, against a second)
            pairsOf(NEWEST + "SELECT " + columns("t") + ", " + columns("u") + " FROM title u CROSS JOIN title t "
                    + "ON t.work_key = u.work_key AND t.kind = u.kind AND t.platform_id = ? WHERE u.work_key IS NOT NULL "
                    + "AND u.platform_id IN (SELECT id FROM platform WHERE id <> ?)" + current + " ORDER BY u.work_key", groups,
                    platformId, platformId);
            return;
        }
        String sql = NEWEST + "SELECT " + columns("t") + ", " + columns("u") + " FROM title t JOIN title u ON u.work_key = t.work_key "
                + "AND u.kind = t.kind AND " + (platformId == null ? "u.platform_id > t.platform_id " : "u.platform_id <> t.platform_id ")
                + "WHERE t.work_key IS NOT NULL" + (platformId == null ? "" : " AND t.platform_id = ?") + current + " ORDER BY t.work_key";
        if (platformId == null) {
            pairsOf(sql, groups);
        } else {
            pairsOf(sql, groups, platformId);
        }
    }

    /** Told the candidate pairs one work key at a time (all of that key's pairs, whatever their platforms and kinds). */
    @FunctionalInterface
    public interface KeyGroups {
        void accept(List<Candidate> sameKey);
    }

    private boolean otherTitlesAreFewer(String platformId) throws StoreException {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT (SELECT COUNT(*) FROM title WHERE platform_id = ?), (SELECT COUNT(*) FROM title)")) {
                ps.setString(1, platformId);
                try (var rs = ps.executeQuery()) {
                    return rs.next() && rs.getLong(2) - rs.getLong(1) < rs.getLong(1);
                }
            }
        });
    }

    /** The user's confirmed pairs whose two titles are current, with the same filter as {@link #candidates}. */
    public List<Candidate> confirmedCandidates(String platformId) throws StoreException {
        String sql = NEWEST + "SELECT " + columns("t") + ", " + columns("u") + " FROM work_choice c "
                + "JOIN title t ON t.platform_id = c.platform_a AND t.ext_key = c.key_a "
                + "JOIN title u ON u.platform_id = c.platform_b AND u.ext_key = c.key_b WHERE c.choice = 'confirm'"
                + (platformId == null ? "" : " AND ? IN (c.platform_a, c.platform_b)") + " AND " + isCurrent("t.id")
                + " AND " + isCurrent("u.id");
        return platformId == null ? pairsOf(sql) : pairsOf(sql, platformId);
    }

    /** Per platform and territory, the newest snapshot's date: "current" for matching. */
    static final String NEWEST = "WITH newest AS MATERIALIZED (SELECT platform_id, territory, MAX(as_of) AS as_of "
            + "FROM snapshot GROUP BY platform_id, territory) ";

    static String isCurrent(String titleId) {
        return "EXISTS (SELECT 1 FROM title_presence p JOIN newest n ON n.platform_id = p.platform_id AND n.territory = p.territory "
                + "AND n.as_of = p.last_seen WHERE p.title_id = " + titleId + ")";
    }

    /** A title's columns for matching; its people only for a series (only the series rules read them). */
    static String columns(String t) {
        String series = "CASE WHEN " + t + ".kind = '" + Kind.SERIES.code() + "' THEN ";
        return String.join(", ", java.util.Arrays.stream(new String[] {"id", "platform_id", "ext_key", "kind", "name", "release_year"})
                .map(c -> t + "." + c).toList()) + ", " + series + t + ".director END, " + series + t + ".cast_list END, " + t + ".work_key";
    }

    private List<Candidate> pairsOf(String sql, String... params) throws StoreException {
        List<Candidate> out = new ArrayList<>();
        pairsOf(sql, out::addAll, params);
        return out;
    }

    /** The pairs {@code sql} gives, ordered by work key, to {@code groups} one key at a time. */
    private void pairsOf(String sql, KeyGroups groups, String... params) throws StoreException {
        db.read(c -> {
            List<Candidate> group = new ArrayList<>();
            // a title is in as many pairs as it has namesakes (a common name: thousands): one object for it, not one per pair
            Map<Long, WorkTitle> read = new HashMap<>();
            String key = null;
            try (var ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setString(i + 1, params[i]);
                }
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        WorkTitle x = workTitle(rs, 1, read);
                        WorkTitle y = workTitle(rs, 10, read);
                        if (key != null && !key.equals(x.workKey())) {
                            groups.accept(group);
                            group = new ArrayList<>();
                            read.clear();
                            read.put(x.id(), x);
                            read.put(y.id(), y);
                        }
                        key = x.workKey();
                        group.add(Candidate.of(x, y));
                    }
                }
            }
            if (!group.isEmpty()) {
                groups.accept(group);
            }
            return null;
        });
    }

    /** The title in the columns from {@code at}: the one already read when it is in {@code read}. */
    private static WorkTitle workTitle(ResultSet rs, int at, Map<Long, WorkTitle> read) throws SQLException {
        WorkTitle known = read.get(rs.getLong(at));
        if (known != null) {
            return known;
        }
        WorkTitle t = workTitle(rs, at);
        read.put(t.id(), t);
        return t;
    }

    /** The title in the {@link #columns} from {@code at}. */
    static WorkTitle workTitle(ResultSet rs, int at) throws SQLException {
        return new WorkTitle(rs.getLong(at), rs.getString(at + 1), rs.getString(at + 2), Kind.fromCode(rs.getString(at + 3)),
                rs.getString(at + 4), year(rs, at + 5), rs.getString(at + 6), rs.getString(at + 7), rs.getString(at + 8));
    }

    /**
     * Writes the work key ({@link Normalise#work} of the name) of every title that has none: titles added
     * since the last rematch, and renamed ones (a trigger clears the key). Returns how many were written.
     */
    public int fillWorkKeys() throws StoreException {
        return db.write(c -> {
            List<Object[]> todo = new ArrayList<>();
            try (var ps = c.prepareStatement("SELECT id, name FROM title WHERE work_key IS NULL"); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    todo.add(new Object[] {rs.getLong(1), Normalise.work(rs.getString(2))});
                }
            }
            try (var ps = c.prepareStatement("UPDATE title SET work_key = ? WHERE id = ?")) {
                for (Object[] t : todo) {
                    ps.setString(1, (String) t[1]);
                    ps.setLong(2, (Long) t[0]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return todo.size();
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

    /**
     * Replaces the stored pairs with {@code pairs}: every pair, or with {@code platformId} only the pairs with
     * a title of that platform; in one transaction that also sets the meta key {@code doneKey} to now.
     */
    public void replaceMatches(List<Pair> pairs, String doneKey, String platformId) throws StoreException {
        db.write(c -> {
            MetaRepository.put(c, doneKey, Instant.now().toString());
            try (var del = c.prepareStatement(platformId == null ? "DELETE FROM work_match"
                    : "DELETE FROM work_match WHERE platform_a = ?1 OR platform_b = ?1")) {
                if (platformId != null) {
                    del.setString(1, platformId);
                }
                del.executeUpdate();
            }
            try (var ps = c.prepareStatement("INSERT OR REPLACE INTO work_match(title_a, title_b, platform_a, platform_b, rule, "
                    + "confidence) VALUES (?,?,?,?,?,?)")) {
                for (Pair p : pairs) {
                    ps.setLong(1, p.titleA());
                    ps.setLong(2, p.titleB());
                    ps.setString(3, p.platformA());
                    ps.setString(4, p.platformB());
                    ps.setString(5, p.rule());
                    ps.setDouble(6, p.confidence());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            OverlapCounts.refresh(c);
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

    /** The matched pairs of two platforms' current catalogues, counted: {@code a} sorts before {@code b}. */
    public record PairCounts(String platformA, String platformB, int shared, int ambiguous, int titlesOfA, int titlesOfB) {
    }

    /**
     * {@link #currentPairs} counted per pair of platforms, without reading a title: pairs matched, candidate pairs
     * (rule {@code ambiguous}), and how many of A's and of B's titles are in one of them. With no territory chosen (Compare's
     * view), the counts kept at every write ({@link OverlapCounts}); else counted from the pairs.
     */
    public List<PairCounts> currentPairCounts(String territory) throws StoreException {
        return db.read(c -> OverlapCounts.read(c, territory));
    }

    /**
     * The stored pairs whose two titles are in the current catalogues (each platform's newest snapshot in
     * {@code territory}, see {@link Current}), ordered by platforms, then title.
     */
    public List<CurrentPair> currentPairs(String territory) throws StoreException {
        return currentPairs(territory, null, null);
    }

    /**
     * {@link #currentPairs(String)} of one pair of platforms ({@code platformA}'s id sorts first), or of every pair when
     * both are null.
     */
    public List<CurrentPair> currentPairs(String territory, String platformA, String platformB) throws StoreException {
        return db.read(c -> OverlapPairs.read(c, territory, platformA, platformB));
    }

    /**
     * A title on another platform that matching paired with a title (or listed as one of its candidates, rule
     * {@code ambiguous}), or that the user split from it (rule {@code split}, confidence 0).
     */
    public record OtherCopy(long id, String platformId, String name, Kind kind, Integer year, String rule, double confidence) {
    }

    /** The titles of other platforms paired with {@code titleId} by matching or split from it by the user, by platform then name. */
    public List<OtherCopy> copiesOf(long titleId) throws StoreException {
        String cols = "o.id, o.platform_id, o.name, o.kind, o.release_year";
        String sql = "SELECT " + cols + ", m.rule, m.confidence FROM work_match m JOIN title o ON o.id = m.title_b WHERE m.title_a = ?1 "
                + "UNION ALL SELECT " + cols + ", m.rule, m.confidence FROM work_match m JOIN title o ON o.id = m.title_a WHERE m.title_b = ?1 "
                + "UNION ALL SELECT " + cols + ", 'split', 0 FROM title t JOIN work_choice c ON c.choice = 'split' "
                + "AND ((c.platform_a = t.platform_id AND c.key_a = t.ext_key) OR (c.platform_b = t.platform_id AND c.key_b = t.ext_key)) "
                + "JOIN title o ON (c.platform_a = t.platform_id AND o.platform_id = c.platform_b AND o.ext_key = c.key_b) "
                + "OR (c.platform_b = t.platform_id AND o.platform_id = c.platform_a AND o.ext_key = c.key_a) WHERE t.id = ?1 "
                + "ORDER BY 2, 3 COLLATE NOCASE, 1";
        return db.read(c -> {
            List<OtherCopy> out = new ArrayList<>();
            try (var ps = c.prepareStatement(sql)) {
                ps.setLong(1, titleId);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new OtherCopy(rs.getLong(1), rs.getString(2), rs.getString(3), Kind.fromCode(rs.getString(4)), year(rs, 5),
                                rs.getString(6), rs.getDouble(7)));
                    }
                }
            }
            return out;
        });
    }

    /** A year column, null when empty. */
    static Integer year(ResultSet rs, int column) throws SQLException {
        int y = rs.getInt(column);
        return rs.wasNull() ? null : y;
    }
}
