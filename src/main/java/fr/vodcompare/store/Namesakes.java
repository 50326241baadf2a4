package fr.vodcompare.store;

import fr.vodcompare.model.Kind;
import fr.vodcompare.model.Title;
import fr.vodcompare.store.WorkRepository.Candidate;
import fr.vodcompare.store.WorkRepository.WorkTitle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidate pairs of a platform's first catalogue ({@link WorkRepository#candidates}: its titles that share their work
 * key and kind with a current title of another platform), found while its rows are written: the other platforms' current
 * titles are read once, at the first row, and each new title is looked up among them by its key in memory. Matching after
 * the import then need not read the new titles back: at 1,000,000 titles, 37,000 reads of rows all over the table, 0.5-0.7 s
 * at the end of the import. None ({@link #candidates} null, matching reads them as before) when the store holds more than
 * {@link #MAX_OTHERS} titles (their memory), when one has no work key yet (matching writes those first), or when a title
 * changed after it was looked up (a later row with the same file key).
 */
final class Namesakes {
    /** The most titles of other platforms held in memory to look the new titles up among them. */
    static final int MAX_OTHERS = 200_000;

    /** The other platforms' current titles by work key. */
    private final Map<String, List<WorkTitle>> others;
    private final List<Candidate> found = new ArrayList<>();
    private boolean stale;

    private Namesakes(Map<String, List<WorkTitle>> others) {
        this.others = others;
    }

    /**
     * Reads the current titles of the platforms other than {@code platformId} (which has none yet) among the {@code stored}
     * titles of the store; null when not to be used.
     */
    static Namesakes load(Connection c, String platformId, long stored) throws SQLException {
        if (stored > MAX_OTHERS
                || Sql.single(c, "SELECT EXISTS (SELECT 1 FROM title WHERE work_key IS NULL)") != 0) {
            return null;
        }
        Map<String, List<WorkTitle>> others = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(WorkRepository.NEWEST + "SELECT " + WorkRepository.columns("u")
                + " FROM title u WHERE u.platform_id <> ? AND u.work_key IS NOT NULL AND " + WorkRepository.isCurrent("u.id"))) {
            ps.setString(1, platformId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    WorkTitle u = WorkRepository.workTitle(rs, 1);
                    others.computeIfAbsent(u.workKey(), k -> new ArrayList<>(1)).add(u);
                }
            }
        }
        return new Namesakes(others);
    }

    /** A new title, as its row was written ({@code key}: its file key, {@code workKey} its work key): paired with its namesakes. */
    void add(long id, String key, Title t, String workKey) {
        List<WorkTitle> same = workKey == null ? null : others.get(workKey);
        if (same == null || stale) {
            return;
        }
        WorkTitle x = null;
        for (WorkTitle u : same) {
            if (u.kind() == t.kind()) {
                if (x == null) {
                    boolean series = t.kind() == Kind.SERIES;
                    x = new WorkTitle(id, t.platformId(), key, t.kind(), t.name(), t.releaseYear(), series ? t.director() : null,
                            series ? t.cast() : null, workKey);
                }
                found.add(Candidate.of(x, u));
            }
        }
    }

    /** A title given was changed afterwards: the pairs found are not used. */
    void stale() {
        stale = true;
        found.clear();
    }

    /** The candidate pairs found, in no order; null when they are not to be used. */
    List<Candidate> candidates() {
        return stale ? null : found;
    }
}
