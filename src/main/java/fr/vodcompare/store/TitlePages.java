package fr.vodcompare.store;

import fr.vodcompare.store.TitleBrowseQueries.Row;
import fr.vodcompare.store.TitleOrder.Match;
import fr.vodcompare.store.TitleOrder.Segment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The catalogue's rows in {@link TitleOrder}, read by key: a page is the rows after a key, found by an index
 * seek and a walk of at most a page (keyset paging), wherever it is in the list. For a search in relevance
 * order, titles are walked in title order and tested as they are read while most of them match (a one- or
 * two-letter prefix); when few do, the full-text index gives the candidates, sorted by title. Thread-safe.
 */
public final class TitlePages {
    /** Rows walked in title order before asking whether the full-text index would find the rest sooner. */
    static final int WALK_CHECK = 2000;
    /** While walking, at least one title in this many must match to go on walking. */
    static final int WALK_RATIO = 40;
    /** Candidates of a search read and sorted; above, they are marked and the title order walked over them. */
    static final int FEW_CANDIDATES = 5000;

    private final Database db;
    private final boolean ranked;

    public TitlePages(Database db) {
        this(db, true);
    }

    /** With {@code ranked} false, searches always read the store, never the titles' ranks in memory. */
    TitlePages(Database db, boolean ranked) {
        this.db = db;
        this.ranked = ranked;
    }

    /**
     * Starts reading, in the background, what makes a search quick on a large catalogue (the titles' order, about
     * 50 MB for a million titles); searches read the store until it is ready, and after a write until it is read
     * again. A search starts it too: call this once the store is open, so that the first keystrokes find it. Does no
     * I/O on the calling thread.
     */
    public void prepareSearch() {
        if (ranked) {
            TitleRanks.current(db);
        }
    }

    /** As {@link #prepareSearch}, and waits until it is ready; false when the store cannot have it. */
    public boolean awaitSearch() throws StoreException {
        return ranked && TitleRanks.await(db) != null;
    }

    /** The ranks a search walks, checked on {@code c} against what the store holds now; null for no search or not ready. */
    private TitleRanks ranks(Connection c, TitleFilter filter) throws SQLException {
        return ranked && filter.hasSearch() ? TitleRanks.current(db, TitleRanks.stamp(c)) : null;
    }

    /** Where a row is in the order: its segment, its sort value (null when none) and its id. */
    public record Cursor(int segment, Object value, long id) {
    }

    /** Rows and the key of the last one (null when there are none). */
    public record Page(List<Row> rows, Cursor last) {
    }

    /** Told each key in order; returns false to stop. */
    @FunctionalInterface
    interface KeySink {
        boolean accept(Cursor key) throws Exception;
    }

    /** The {@code limit} rows after {@code after} (null: from the first). */
    public Page after(TitleFilter filter, TitleSort sort, Cursor after, int limit) throws StoreException {
        return db.read(c -> {
            List<Cursor> keys = new ArrayList<>();
            if (limit > 0) {
                scan(c, ranks(c, filter), filter, sort, after, k -> {
                    keys.add(k);
                    return keys.size() < limit;
                });
            }
            return new Page(rows(c, keys), keys.isEmpty() ? null : keys.get(keys.size() - 1));
        });
    }

    /**
     * The keys of rows {@code every - 1}, {@code 2 * every - 1}, ...: the last key of each page of {@code every}
     * rows, so that page {@code n} is the rows after key {@code n - 1}. One walk of the keys (no row is read).
     */
    public List<Cursor> pageEnds(TitleFilter filter, TitleSort sort, int every) throws StoreException {
        return pageEnds(filter, sort, every, () -> false);
    }

    /** As {@link #pageEnds(TitleFilter, TitleSort, int)}; stops early, giving null, once {@code stop} says so. */
    public List<Cursor> pageEnds(TitleFilter filter, TitleSort sort, int every, BooleanSupplier stop) throws StoreException {
        return db.read(c -> {
            List<Cursor> out = new ArrayList<>();
            int[] n = {0};
            boolean[] stopped = {false};
            scan(c, ranks(c, filter), filter, sort, null, k -> {
                if (++n[0] % every == 0) {
                    out.add(k);
                    stopped[0] = stop.getAsBoolean();
                }
                return !stopped[0];
            });
            return stopped[0] ? null : out;
        });
    }

    /** Rows {@code offset} to {@code offset + limit - 1} (limit < 0: every row from offset) to {@code sink}. */
    static void rows(Connection c, TitleFilter filter, TitleSort sort, int offset, int limit, TitleBrowseQueries.RowSink sink)
            throws Exception {
        List<Cursor> batch = new ArrayList<>();
        int[] seen = {0};
        int[] taken = {0};
        scan(c, null, filter, sort, null, k -> {
            if (seen[0]++ < offset) {
                return true;
            }
            batch.add(k);
            taken[0]++;
            if (batch.size() == 500) {
                for (Row r : rows(c, batch)) {
                    sink.accept(r);
                }
                batch.clear();
            }
            return limit < 0 || taken[0] < limit;
        });
        for (Row r : rows(c, batch)) {
            sink.accept(r);
        }
    }

    /**
     * Walks the keys in order from just after {@code from} until {@code sink} says stop or the list ends; the search
     * segments over {@code ranks} when they are given and can (the same keys either way).
     */
    static void scan(Connection c, TitleRanks ranks, TitleFilter filter, TitleSort sort, Cursor from, KeySink sink) throws Exception {
        // the ranks walk a search's segments in memory: no need to count the filter's titles to choose the store's plan
        boolean inMemory = ranks != null && sort.key() == TitleSort.Key.RELEVANCE && filter.hasSearch()
                && RankedWalk.handles(ranks, filter, from);
        scan(c, ranks, filter, sort, from, sink, inMemory ? null : FilterPlan.of(c, filter, sort));
    }

    /** As {@link #scan(Connection, TitleRanks, TitleFilter, TitleSort, Cursor, KeySink)}, read as {@code plan} says (null: by the ranks). */
    static void scan(Connection c, TitleRanks ranks, TitleFilter filter, TitleSort sort, Cursor from, KeySink sink, FilterPlan plan)
            throws Exception {
        TitleWhere w = TitleWhere.of(c, filter, plan == null ? null : plan.listed());
        List<Segment> segments = plan == null ? TitleOrder.walked(c, filter, sort) : TitleOrder.of(c, filter, sort, plan);
        SearchText text = SearchText.parse(filter.search());
        for (int i = from == null ? 0 : from.segment(); i < segments.size(); i++) {
            Cursor start = from != null && from.segment() == i ? from : null;
            Segment g = segments.get(i);
            boolean more;
            if (g.match() != null && ranks != null && RankedWalk.handles(ranks, filter, start)) {
                more = new RankedWalk(c, ranks, filter, g, i).run(start, sink);
            } else if (g.match() == null || g.match() == Match.EXACT) {
                more = new Walk(c, g, i, w, null, null).run(start, sink);
            } else {
                // the catalogues are checked on the matches only: most titles read are not
                TitleWhere[] split = TitleWhere.split(c, filter);
                try (PreparedStatement shown = c.prepareStatement("SELECT 1 FROM (SELECT ? AS id) t WHERE 1 = 1" + split[1].and())) {
                    more = new Walk(c, g, i, split[0], text, text.normalised()).run(start, k -> {
                        shown.setLong(1, k.id());
                        split[1].bind(shown, 2);
                        try (ResultSet rs = shown.executeQuery()) {
                            return !rs.next() || sink.accept(k);
                        }
                    });
                }
            }
            if (!more) {
                return;
            }
        }
    }

    /** The rows of {@code keys}, in their order. */
    static List<Row> rows(Connection c, List<Cursor> keys) throws Exception {
        if (keys.isEmpty()) {
            return List.of();
        }
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            marks.append(i == 0 ? "?" : ",?");
        }
        Map<Long, Row> byId = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + TitleQueries.COLUMNS + ", p.name FROM title t "
                + "JOIN platform p ON p.id = t.platform_id WHERE t.id IN (" + marks + ")")) {
            for (int i = 0; i < keys.size(); i++) {
                ps.setLong(i + 1, keys.get(i).id());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Row r = new Row(TitleQueries.map(rs), rs.getString(15));
                    byId.put(r.title().id(), r);
                }
            }
        }
        List<Row> out = new ArrayList<>(keys.size());
        for (Cursor k : keys) {
            Row r = byId.get(k.id());
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * Binds a segment walk's values in their order: the segment's own, the full-text query (null: none), the key to
     * start after (its value when the segment has one, its id when {@code withId}), then the filter's.
     */
    static void bindKey(PreparedStatement ps, Segment g, String fts, TitleWhere w, Cursor start, boolean withId)
            throws SQLException {
        int i = 1;
        for (Object o : g.args()) {
            ps.setObject(i++, o);
        }
        if (fts != null) {
            ps.setString(i++, fts);
        }
        if (start != null && g.value() != null) {
            ps.setObject(i++, start.value());
        }
        if (withId) {
            ps.setLong(i++, start.id());
        }
        w.bind(ps, i);
    }

    /** One segment walked in key order from a key; a search segment tests each title read. */
    private static final class Walk {
        private final Connection c;
        private final Segment g;
        private final int index;
        private final TitleWhere w;
        private final SearchText text;
        private final SearchText.Words words;
        private int read;
        private int hits;
        private int checkAt = WALK_CHECK;
        private java.util.BitSet candidates;
        private Cursor last;

        Walk(Connection c, Segment g, int index, TitleWhere w, SearchText text, SearchText.Words words) {
            this.c = c;
            this.g = g;
            this.index = index;
            this.w = w;
            this.text = text;
            this.words = words;
        }

        /** False when the sink asked to stop. */
        boolean run(Cursor start, KeySink sink) throws Exception {
            if (text != null && g.match() != Match.TITLE) {
                // director and cast are not in the title order's index: walking it would read every title
                return walk(start, sink, true);
            }
            Boolean done = walk(start, sink, false);
            if (done == null) {
                // few titles match: the full-text index gives the candidates; a few are read and sorted, more are
                // marked and the walk goes on over them only (reading the index, not the titles)
                candidates = candidates();
                done = candidates == null ? walk(last, sink, true) : walk(last, sink, false);
            }
            return done;
        }

        /** The ids the full-text index gives, when there are more than {@link #FEW_CANDIDATES}; else null. */
        private java.util.BitSet candidates() throws Exception {
            java.util.BitSet out = new java.util.BitSet();
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM title_fts WHERE title_fts MATCH ?")) {
                ps.setString(1, TitleOrder.candidates(g.match(), text));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.set((int) rs.getLong(1));
                        n++;
                    }
                }
            }
            return n > FEW_CANDIDATES ? out : null;
        }

        /** True: the segment ended; false: the sink stopped; null: walking gave too few matches to go on. */
        private Boolean walk(Cursor start, KeySink sink, boolean fromIndex) throws Exception {
            boolean search = text != null;
            String from = fromIndex ? "title_fts f CROSS JOIN title t ON t.id = f.rowid" : g.from();
            String match = fromIndex ? " AND title_fts MATCH ?" : "";
            // a title test reads the index only; director and cast are read for the segments that test them
            boolean people = search && g.match() != Match.TITLE;
            String columns = "t.id, " + (g.value() == null ? "NULL" : g.value())
                    + (search ? ", t.norm_name" + (people ? ", t.director, t.cast_list" : ", NULL, NULL") : "");
            String dir = g.desc() ? " DESC" : "";
            String order = g.value() == null ? " ORDER BY t.id" + dir : " ORDER BY " + g.value() + dir + ", t.id" + dir;
            // the key's conditions before the filter's: a statement that the key leaves no title does not read a
            // filter's list of ids (SQLite reads it when a title is first tested against it)
            String head = "SELECT " + columns + " FROM " + from + " WHERE " + g.cond() + match;
            if (start != null && g.value() != null) {
                // ties of the value first (an index seek on value and id), then the values after it
                Boolean r = statement(head + " AND " + g.value() + " = ? AND t.id " + (g.desc() ? "<" : ">") + " ?" + w.and()
                        + " ORDER BY t.id" + dir, start, true, sink, fromIndex);
                if (r == null || !r) {
                    return r;
                }
                return statement(head + " AND " + g.value() + (g.desc() ? " < ?" : " > ?") + w.and() + order, start, false, sink,
                        fromIndex);
            }
            if (start != null) {
                return statement(head + " AND t.id " + (g.desc() ? "<" : ">") + " ?" + w.and() + order, start, true, sink, fromIndex);
            }
            return statement(head + w.and() + order, null, false, sink, fromIndex);
        }

        private Boolean statement(String sql, Cursor start, boolean withId, KeySink sink, boolean fromIndex) throws Exception {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bindKey(ps, g, fromIndex ? TitleOrder.candidates(g.match(), text) : null, w, start, withId);
                try (ResultSet rs = ps.executeQuery()) {
                    return read(rs, sink, fromIndex);
                }
            }
        }

        private Boolean read(ResultSet rs, KeySink sink, boolean fromIndex) throws Exception {
            boolean search = text != null;
            while (rs.next()) {
                Cursor key = new Cursor(index, rs.getObject(2), rs.getLong(1));
                last = key;
                read++;
                if (candidates != null && !candidates.get((int) key.id())) {
                    continue;
                }
                if (search && !TitleOrder.passes(g.match(), text, words, rs.getString(3), rs.getString(4), rs.getString(5))) {
                    if (!fromIndex && candidates == null && read >= checkAt) {
                        if (hits * WALK_RATIO < read) {
                            return null;
                        }
                        checkAt += WALK_CHECK;
                    }
                    continue;
                }
                hits++;
                if (!sink.accept(key)) {
                    return false;
                }
            }
            return true;
        }
    }
}
