package fr.vodcompare.ui.catalogue;

import fr.vodcompare.store.StoreException;
import fr.vodcompare.store.TitleBrowseQueries.Row;
import fr.vodcompare.store.TitleFilter;
import fr.vodcompare.store.TitlePages;
import fr.vodcompare.store.TitlePages.Cursor;
import fr.vodcompare.store.TitleSort;
import fr.vodcompare.ui.PagedList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads the catalogue table's pages by key: page n is the rows after the last key of page n - 1, known once that
 * page was read (scrolling) or from one walk of the keys (a jump far down the list, done once per result and
 * given up as soon as a newer result replaces this one). Runs on worker threads.
 */
final class KeyedPages implements PagedList.Loader<Row> {
    private final TitlePages pages;
    private final TitleFilter filter;
    private final TitleSort sort;
    private final int pageSize;
    private final Map<Integer, Cursor> ends = new ConcurrentHashMap<>();
    private volatile boolean stale;
    private List<Cursor> all;

    KeyedPages(TitlePages pages, TitleFilter filter, TitleSort sort, int pageSize, TitlePages.Page first) {
        this.pages = pages;
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

    @Override
    public List<Row> load(int offset, int limit) throws StoreException {
        int page = offset / pageSize;
        Cursor after = page == 0 ? null : ends.get(page - 1);
        if (page > 0 && after == null) {
            List<Cursor> known = allEnds();
            if (known == null || page - 1 >= known.size()) {
                return List.of();
            }
            after = known.get(page - 1);
        }
        TitlePages.Page rows = pages.after(filter, sort, after, limit);
        if (rows.last() != null) {
            ends.put(page, rows.last());
        }
        return rows.rows();
    }

    private synchronized List<Cursor> allEnds() throws StoreException {
        if (all == null && !stale) {
            all = pages.pageEnds(filter, sort, pageSize, () -> stale);
        }
        return all;
    }
}
