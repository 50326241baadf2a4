package fr.vodcompare.ui.catalogue;

import fr.vodcompare.store.StoreException;
import fr.vodcompare.store.TitleBrowseQueries.Row;
import fr.vodcompare.store.TitleFilter;
import fr.vodcompare.store.TitlePages;
import fr.vodcompare.store.TitlePages.Cursor;
import fr.vodcompare.store.TitlePagesFromEnd;
import fr.vodcompare.store.TitleSort;
import fr.vodcompare.ui.PagedList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Loads the catalogue table's pages by key. Page n is the rows after the last key of page n - 1, known once that page
 * was read; or, once the list's length is counted exactly, the rows before the first key of page n + 1, or those read
 * backwards from the end of the list (a reverse keyset walk: the last page after End is one index seek away, as the
 * first is), whichever end is nearer; else one walk of the keys from the start (a jump far down the list, done once per
 * result). Each key a walk passes at a page's edge is kept, so the pages around are read by key too. A walk is given up
 * as soon as a newer result replaces this one, or the table moves far from the page. Runs on worker threads.
 */
final class KeyedPages implements PagedList.Loader<Row> {
    private final TitlePages pages;
    private final TitlePagesFromEnd fromEnd;
    private final TitleFilter filter;
    private final TitleSort sort;
    private final int pageSize;
    /** The last key of each page known. */
    private final Map<Integer, Cursor> ends = new ConcurrentHashMap<>();
    /** The first key of each page known (from the walks backwards). */
    private final Map<Integer, Cursor> starts = new ConcurrentHashMap<>();
    private volatile boolean stale;
    /** The list's exact length once counted; -1 before. */
    private volatile int size = -1;
    private List<Cursor> all;

    /** @param fromEnd reads the list backwards; null to read it forwards only */
    KeyedPages(TitlePages pages, TitlePagesFromEnd fromEnd, TitleFilter filter, TitleSort sort, int pageSize,
               TitlePages.Page first) {
        this.pages = pages;
        this.fromEnd = fromEnd != null && TitlePagesFromEnd.reversible(filter, sort) ? fromEnd : null;
        this.filter = filter;
        this.sort = sort;
        this.pageSize = pageSize;
        if (first.last() != null) {
            ends.put(0, first.last());
        }
    }

    /** Stops a walk of the keys under way: a newer result is shown. */
    void stale() {
        stale = true;
    }

    /** The list's length, counted exactly: the pages near its end can then be read from the end. */
    void exactSize(int n) {
        size = n;
    }

    @Override
    public List<Row> load(int offset, int limit) throws StoreException {
        return load(offset, limit, () -> true);
    }

    @Override
    public List<Row> load(int offset, int limit, BooleanSupplier wanted) throws StoreException {
        int page = offset / pageSize;
        Cursor after = page == 0 ? null : ends.get(page - 1);
        if (page > 0 && after == null) {
            int n = size;
            if (fromEnd != null && n >= 0 && allKnown() == null) {
                int rows = Math.min(limit, n - offset);
                if (rows <= 0) {
                    return List.of();
                }
                Cursor next = starts.get(page + 1);
                if (next != null) {
                    return backwards(page, fromEnd.before(filter, sort, next, rows));
                }
                if (n - offset < offset) {
                    return fromTheEnd(page, n, n - offset - rows, rows, wanted);
                }
            }
            List<Cursor> known = allEnds(wanted);
            if (known == null || page - 1 >= known.size()) {
                return known == null && !stale ? null : List.of();
            }
            after = known.get(page - 1);
        }
        TitlePages.Page rows = pages.after(filter, sort, after, limit);
        if (rows.last() != null) {
            ends.put(page, rows.last());
        }
        return rows.rows();
    }

    /** Page {@code page}: the rows {@code skip} rows from the end, the keys at the pages' edges on the way kept. */
    private List<Row> fromTheEnd(int page, int n, int skip, int rows, BooleanSupplier wanted) throws StoreException {
        boolean[] stopped = {false};
        TitlePagesFromEnd.Slice slice = fromEnd.fromEnd(filter, sort, skip, rows, (fromEndAt, key) -> {
            int at = n - 1 - fromEndAt;
            if (at >= 0 && at % pageSize == 0) {
                starts.put(at / pageSize, key);
            } else if (at >= 0 && at % pageSize == pageSize - 1) {
                ends.put(at / pageSize, key);
            }
            stopped[0] = stale || fromEndAt % pageSize == 0 && !wanted.getAsBoolean();
            return !stopped[0];
        });
        if (stopped[0]) {
            return stale ? List.of() : null;
        }
        return backwards(page, slice);
    }

    private List<Row> backwards(int page, TitlePagesFromEnd.Slice slice) {
        if (slice.first() != null) {
            starts.put(page, slice.first());
            ends.put(page, slice.last());
        }
        return slice.rows();
    }

    private synchronized List<Cursor> allKnown() {
        return all;
    }

    /** True once the whole list's keys were walked (a page far from both ends, or no reading backwards). */
    boolean walkedAll() {
        return allKnown() != null;
    }

    private synchronized List<Cursor> allEnds(BooleanSupplier wanted) throws StoreException {
        if (all == null && !stale) {
            all = pages.pageEnds(filter, sort, pageSize, () -> stale || !wanted.getAsBoolean());
        }
        return all;
    }
}
