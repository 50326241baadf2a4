package fr.vodcompare.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids of the titles matching the last few full-text queries asked of one state of the store (held by its
 * {@link TitleRanks}, made stale with them by any write). Typing a search asks the same query on several keystrokes
 * in a row: a director and cast segment takes its candidates from the words typed but a short last one ("mark" for
 * "mark c", "mark ch" and "mark cha"; 32,000 titles and 5 ms at 1,000,000 titles). A few queries of fewer than
 * {@link #MOST_IDS} titles each are held, the last asked first. Thread-safe.
 */
final class RecentMatches {
    /** Queries held. */
    static final int HELD = 4;
    /** A query matching more titles is asked again each time (4 bytes a title: at most 4 MB held). */
    static final int MOST_IDS = 250_000;
    private final Map<String, int[]> held = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, int[]> eldest) {
            return size() > HELD;
        }
    };

    /** The ids of the titles matching {@code fts}, in increasing order: a copy, the caller's to change. */
    int[] ids(Connection c, String fts) throws SQLException {
        int[] ids;
        synchronized (held) {
            ids = held.get(fts);
        }
        if (ids == null) {
            ids = read(c, fts);
            if (ids.length <= MOST_IDS) {
                synchronized (held) {
                    held.put(fts, ids);
                }
            }
        }
        return ids.clone();
    }

    /** Whether {@code fts}'s answer is held (for tests). */
    boolean holds(String fts) {
        synchronized (held) {
            return held.containsKey(fts);
        }
    }

    /**
     * Asks the index. The ids come as one text (a row each would cost more than the index's work for tens of
     * thousands of them).
     */
    private static int[] read(Connection c, String fts) throws SQLException {
        String text;
        try (PreparedStatement ps = c.prepareStatement("SELECT group_concat(rowid) FROM title_fts WHERE title_fts MATCH ?")) {
            ps.setString(1, fts);
            try (ResultSet rs = ps.executeQuery()) {
                text = rs.next() ? rs.getString(1) : null;
            }
        }
        return text == null ? new int[0] : parse(text);
    }

    /** The ids of a comma-separated list of them, in its order. */
    static int[] parse(String text) {
        int[] ids = new int[Math.max(16, text.length() / 6)];
        int n = 0;
        int id = 0;
        for (int i = 0, end = text.length(); i <= end; i++) {
            char ch = i < end ? text.charAt(i) : ',';
            if (ch != ',') {
                id = id * 10 + ch - '0';
                continue;
            }
            if (n == ids.length) {
                ids = Arrays.copyOf(ids, n * 2);
            }
            ids[n++] = id;
            id = 0;
        }
        return Arrays.copyOf(ids, n);
    }
}
