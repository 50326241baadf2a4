package fr.vodcompare.store;

import fr.vodcompare.store.TitleBrowseQueries.Row;
import fr.vodcompare.store.TitleOrder.Segment;
import fr.vodcompare.store.TitlePages.Cursor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The catalogue's rows read from the end of the list ({@link TitleOrder} walked backwards: each segment from the last,
 * each index in the reverse direction), so that the last rows of a million-title list come from one index seek and a
 * walk of a page, as the first rows do ({@link TitlePages}), instead of a walk of the whole list to find where the last
 * page starts. A search in relevance order, whose segments test each title as it is read, is walked forwards only
 * ({@link #reversible}). Thread-safe.
 */
public final class TitlePagesFromEnd {
    private final Database db;

    public TitlePagesFromEnd(Database db) {
        this.db = db;
    }

    /**
     * Rows in list order, with the keys of the first and the last (null when there are none).
     *
     * @param skipped the rows walked over before them (from the end), for {@link #fromEnd}
     */
    public record Slice(List<Row> rows, Cursor first, Cursor last, int skipped) {
    }

    /** Told each key walked over, with its place counted from the end of the list (0: the last row); false to stop. */
    @FunctionalInterface
    public interface Passed {
        boolean key(int fromEnd, Cursor key);
    }

    /**
     * True when the order can be walked backwards: every order but a search in relevance order (its title, director
     * and cast segments test each title read, which only a forward walk over the full-text index's candidates keeps quick).
     */
    public static boolean reversible(TitleFilter filter, TitleSort sort) {
        return sort.key() != TitleSort.Key.RELEVANCE || SearchText.parse(filter.search()).isEmpty();
    }

    /** The {@code limit} rows just before {@code before} (null: the last rows of the list), in list order. */
    public Slice before(TitleFilter filter, TitleSort sort, Cursor before, int limit) throws StoreException {
        return fromEnd(filter, sort, before, 0, limit, (n, k) -> true);
    }

    /**
     * The rows from {@code skip} to {@code skip + limit - 1} counted from the end of the list (0: the last row), in
     * list order: the rows before them are walked over backwards, key by key (the index only), each told to
     * {@code passed}, which may stop the walk (the slice then holds the rows read so far, maybe none).
     */
    public Slice fromEnd(TitleFilter filter, TitleSort sort, int skip, int limit, Passed passed) throws StoreException {
        return fromEnd(filter, sort, null, skip, limit, passed);
    }

    private Slice fromEnd(TitleFilter filter, TitleSort sort, Cursor before, int skip, int limit, Passed passed)
            throws StoreException {
        if (!reversible(filter, sort)) {
            throw new IllegalArgumentException("A search in relevance order is walked forwards only");
        }
        return db.read(c -> {
            List<Cursor> keys = new ArrayList<>();
            int[] n = {0};
            if (limit > 0) {
                scanBack(c, filter, sort, before, k -> {
                    int at = n[0]++;
                    if (!passed.key(at, k)) {
                        return false;
                    }
                    if (at >= skip) {
                        keys.add(k);
                    }
                    return keys.size() < limit;
                });
            }
            Collections.reverse(keys);
            return new Slice(TitlePages.rows(c, keys), keys.isEmpty() ? null : keys.get(0),
                    keys.isEmpty() ? null : keys.get(keys.size() - 1), Math.min(n[0], skip));
        });
    }

    /** Walks the keys backwards from just before {@code from} (null: from the end) until {@code sink} says stop. */
    static void scanBack(Connection c, TitleFilter filter, TitleSort sort, Cursor from, TitlePages.KeySink sink) throws Exception {
        scanBack(c, filter, sort, from, sink, FilterPlan.of(c, filter, sort));
    }

    /** As {@link #scanBack(Connection, TitleFilter, TitleSort, Cursor, TitlePages.KeySink)}, read as {@code plan} says. */
    static void scanBack(Connection c, TitleFilter filter, TitleSort sort, Cursor from, TitlePages.KeySink sink, FilterPlan plan)
            throws Exception {
        TitleWhere w = TitleWhere.of(c, filter, plan.listed());
        List<Segment> segments = TitleOrder.of(c, filter, sort, plan);
        for (int i = from == null ? segments.size() - 1 : from.segment(); i >= 0; i--) {
            Cursor start = from != null && from.segment() == i ? from : null;
            if (!back(c, segments.get(i), i, w, start, sink)) {
                return;
            }
        }
    }

    /** One segment walked backwards from a key (null: from its end); false when the sink asked to stop. */
    private static boolean back(Connection c, Segment g, int index, TitleWhere w, Cursor start, TitlePages.KeySink sink)
            throws Exception {
        // the key's conditions before the filter's, as walking forwards
        String head = "SELECT t.id, " + (g.value() == null ? "NULL" : g.value()) + " FROM " + g.from() + " WHERE " + g.cond();
        // backwards: descending where the segment ascends, and the other way round
        String dir = g.desc() ? "" : " DESC";
        String before = g.desc() ? " > ?" : " < ?";
        String order = g.value() == null ? " ORDER BY t.id" + dir : " ORDER BY " + g.value() + dir + ", t.id" + dir;
        if (start != null && g.value() != null) {
            // the ties of the value before the key first (an index seek on value and id), then the values before it
            if (!statement(c, g, index, w, head + " AND " + g.value() + " = ? AND t.id" + before + w.and() + " ORDER BY t.id" + dir,
                    start, true, sink)) {
                return false;
            }
            return statement(c, g, index, w, head + " AND " + g.value() + before + w.and() + order, start, false, sink);
        }
        if (start != null) {
            return statement(c, g, index, w, head + " AND t.id" + before + w.and() + order, start, true, sink);
        }
        return statement(c, g, index, w, head + w.and() + order, null, false, sink);
    }

    private static boolean statement(Connection c, Segment g, int index, TitleWhere w, String sql, Cursor start, boolean withId,
                                     TitlePages.KeySink sink) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            TitlePages.bindKey(ps, g, null, w, start, withId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!sink.accept(new Cursor(index, rs.getObject(2), rs.getLong(1)))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
