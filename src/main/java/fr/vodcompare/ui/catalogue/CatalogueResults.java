package fr.vodcompare.ui.catalogue;

import fr.vodcompare.store.StoreException;
import fr.vodcompare.store.TitleBrowseQueries;
import fr.vodcompare.store.TitleBrowseQueries.Blanks;
import fr.vodcompare.store.TitleBrowseQueries.Row;
import fr.vodcompare.store.TitleFilter;
import fr.vodcompare.store.TitlePages;
import fr.vodcompare.store.TitleSort;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.PagedList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableIntegerValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the catalogue shows for one filter and sort: the first page at once, read by key, then the count (up to
 * {@link CatalogueCount#CAP}, then the whole count when there are more) on the other workers, so that the next
 * keystroke never waits for it; the table's other pages read by key when scrolled to. A newer query makes the
 * older one's results void. FX thread only.
 */
final class CatalogueResults {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogueResults.class);
    private static final int PAGE = CatalogueViewModel.PAGE;

    private final TitleBrowseQueries browse;
    private final BackgroundTasks tasks;
    private final BackgroundTasks searchTasks;
    private final Supplier<TitleFilter> everything;
    private final ObservableIntegerValue total;
    private final Consumer<Throwable> failed;
    private final Runnable clearMessage;
    private final ReadOnlyObjectWrapper<ObservableList<Row>> rows =
            new ReadOnlyObjectWrapper<>(this, "rows", FXCollections.observableArrayList());
    private final ReadOnlyIntegerWrapper matchCount = new ReadOnlyIntegerWrapper(this, "matchCount");
    private final ReadOnlyObjectWrapper<CatalogueCount> count = new ReadOnlyObjectWrapper<>(this, "count", CatalogueCount.NONE);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyLongWrapper lastQueryMillis = new ReadOnlyLongWrapper(this, "lastQueryMillis");
    private final ObservableList<Blanks> blanks = FXCollections.observableArrayList();
    /** Written on the FX thread, read on the search thread too (to skip a query already outdated): volatile. */
    private volatile long generation;
    private KeyedPages shownPages;
    private boolean firstDone;
    private Runnable afterFirst;

    /**
     * @param everything the filter of every title of the catalogues shown, whose count is {@code total}
     * @param failed     told a query's failure
     */
    CatalogueResults(TitleBrowseQueries browse, BackgroundTasks tasks, BackgroundTasks searchTasks, Supplier<TitleFilter> everything,
                     ObservableIntegerValue total, Consumer<Throwable> failed, Runnable clearMessage) {
        this.browse = browse;
        this.tasks = tasks;
        this.searchTasks = searchTasks;
        this.everything = everything;
        this.total = total;
        this.failed = failed;
        this.clearMessage = clearMessage;
    }

    /**
     * Runs the query for the current filter; results from earlier calls are dropped when they arrive. The first
     * page shows first; the count follows (up to {@link CatalogueCount#CAP}, then the whole count when there are
     * more), on the other workers so that the next keystroke never waits for it.
     */
    void query(TitleFilter f, TitleSort s) {
        query(f, s, null);
    }

    /** A first page read ahead (with the catalogue's lists), with the filter and order it was read for. */
    record Prefetched(TitleFilter filter, TitleSort sort, First first) {
    }

    /** As {@link #query(TitleFilter, TitleSort)}; {@code ahead} is shown at once when read for this filter and order. */
    void query(TitleFilter f, TitleSort s, Prefetched ahead) {
        long gen = ++generation;
        if (shownPages != null) {
            shownPages.stale();
        }
        if (ahead != null && ahead.filter().equals(f) && ahead.sort().equals(s)) {
            shown(ahead.first(), f, s, gen);
            return;
        }
        loading.set(true);
        searchTasks.task(() -> gen != generation ? null : firstPage(f, s))
                .onSuccess(r -> {
                    if (r != null && gen == generation) {
                        shown(r, f, s, gen);
                    }
                })
                .onFailure(e -> failedNow(gen, e))
                .start();
    }

    /** A first page and how long it took to read. */
    record First(TitlePages.Page page, long millis) {
    }

    private First firstPage(TitleFilter f, TitleSort s) throws StoreException {
        return firstPage(browse, f, s);
    }

    /** Reads a first page. Worker thread. */
    static First firstPage(TitleBrowseQueries browse, TitleFilter f, TitleSort s) throws StoreException {
        long start = System.nanoTime();
        TitlePages.Page page = browse.pages().after(f, s, null, PAGE);
        long ms = (System.nanoTime() - start) / 1_000_000;
        LOG.debug("Catalogue first page {} ms: {} rows for {}", ms, page.rows().size(), f);
        return new First(page, ms);
    }

    /** Runs {@code r} once a first page has shown or failed (see {@link CatalogueViewModel#afterFirstPage}). */
    void afterFirstPage(Runnable r) {
        if (firstDone) {
            r.run();
        } else {
            afterFirst = r;
        }
    }

    /** A first page shown, or none to be had. */
    void firstDone() {
        firstDone = true;
        Runnable r = afterFirst;
        afterFirst = null;
        if (r != null) {
            r.run();
        }
    }

    private void shown(First r, TitleFilter f, TitleSort s, long gen) {
        loading.set(false);
        clearMessage.run();
        lastQueryMillis.set(r.millis());
        CatalogueCount first = CatalogueCount.ofFirstPage(r.page().rows().size(), PAGE);
        // every title of the catalogues shown: the count is already known, and the table is as long at once
        int known = first.precision() == CatalogueCount.Precision.EXACT ? first.titles()
                : !f.hasSearch() && f.withSearch(null).equals(everything.get()) ? total.get() : -1;
        KeyedPages pages = new KeyedPages(browse.pages(), browse.pagesFromEnd(), f, s, PAGE, r.page());
        shownPages = pages;
        if (known >= 0) {
            pages.exactSize(known);
            first = new CatalogueCount(known, CatalogueCount.Precision.EXACT);
        }
        PagedList<Row> list = new PagedList<>(first.titles(), PAGE, r.page().rows(), pages, searchTasks,
                failed::accept);
        counted(first);
        rows.set(list);
        firstDone();
        int cap = CatalogueCount.CAP + 1;
        tasks.task(() -> gen != generation ? null : new Counted(known >= 0 ? known : browse.count(f, cap), browse.blanks(f)))
                .onSuccess(c -> {
                    if (c != null && gen == generation) {
                        blanks.setAll(c.blanks());
                        CatalogueCount n = known >= 0 ? new CatalogueCount(known, CatalogueCount.Precision.EXACT)
                                : CatalogueCount.capped(c.titles());
                        if (n.precision() == CatalogueCount.Precision.EXACT) {
                            pages.exactSize(n.titles());
                        }
                        counted(n);
                        resized(r, n.titles());
                        if (n.precision() == CatalogueCount.Precision.MORE_THAN) {
                            countAll(f, gen, r, pages);
                        }
                    }
                })
                .onFailure(e -> failedNow(gen, e))
                .start();
    }

    /** The table's list at its counted length (the first page kept, the other pages read again by key). */
    private void resized(First r, int size) {
        if (size != rows.get().size()) {
            rows.set(new PagedList<>(size, PAGE, r.page().rows(), shownPages, searchTasks, failed::accept));
        }
    }

    private record Counted(int titles, List<Blanks> blanks) {
    }

    /** The whole count, past the cap: the label and the table's length follow when it comes. */
    private void countAll(TitleFilter f, long gen, First r, KeyedPages pages) {
        tasks.task(() -> gen != generation ? null : browse.count(f))
                .onSuccess(n -> {
                    if (n != null && gen == generation) {
                        pages.exactSize(n);
                        counted(new CatalogueCount(n, CatalogueCount.Precision.EXACT));
                        resized(r, n);
                    }
                })
                .onFailure(e -> failedNow(gen, e))
                .start();
    }

    private void counted(CatalogueCount c) {
        count.set(c);
        matchCount.set(c.titles());
    }

    private void failedNow(long gen, Throwable e) {
        if (gen == generation) {
            loading.set(false);
            failed.accept(e);
            firstDone();
        }
    }

    ReadOnlyObjectProperty<ObservableList<Row>> rows() {
        return rows.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty matchCount() {
        return matchCount.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<CatalogueCount> count() {
        return count.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }

    ReadOnlyLongProperty lastQueryMillis() {
        return lastQueryMillis.getReadOnlyProperty();
    }

    ObservableList<Blanks> blanks() {
        return blanks;
    }
}
