package fr.vodcompare.ui;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.collections.ObservableListBase;

/**
 * A read-only list of a fixed size whose elements are loaded a page at a time, in the background, when
 * first asked for: a table over a million rows only ever holds the pages it shows. An element not loaded
 * yet reads as {@code null}; when its page arrives the list reports the nulls as replaced, and the table
 * redraws. Pages not used for a while are dropped. A page asked for while scrolling fast past it is not
 * read once the table has moved on (a page far from the last one asked for), so that a jump to the end
 * does not wait for the pages dragged over. FX thread only (pages load on the task's worker).
 *
 * @param <T> element type
 */
public final class PagedList<T> extends ObservableListBase<T> {
    /** Loads {@code limit} elements from {@code offset}; runs on a worker thread. */
    @FunctionalInterface
    public interface Loader<T> {
        List<T> load(int offset, int limit) throws Exception;

        /**
         * As {@link #load(int, int)}; a long read may give up, returning null, once {@code wanted} says the page is
         * no longer wanted (the table moved far from it).
         */
        default List<T> load(int offset, int limit, BooleanSupplier wanted) throws Exception {
            return load(offset, limit);
        }
    }

    static final int MAX_PAGES = 64;
    /** A page more than this many pages from the last one asked for is no longer in view. */
    static final int NEAR = 2;

    private final int size;
    private final int pageSize;
    private final Loader<T> loader;
    private final BackgroundTasks tasks;
    private final Consumer<Throwable> onError;
    private final Set<Integer> requested = new HashSet<>();
    private final Map<Integer, List<T>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<T>> eldest) {
            return size() > MAX_PAGES;
        }
    };
    private boolean inGet;
    /** The last page asked for: written on the FX thread, read on the worker. */
    private volatile int latest;

    /**
     * @param firstPage the elements from 0, already loaded (so a new result shows at once)
     * @param onError   told, on the FX thread, when a page cannot be loaded
     */
    public PagedList(int size, int pageSize, List<T> firstPage, Loader<T> loader, BackgroundTasks tasks,
                     Consumer<Throwable> onError) {
        this.size = size;
        this.pageSize = pageSize;
        this.loader = loader;
        this.tasks = tasks;
        this.onError = onError;
        if (!firstPage.isEmpty()) {
            pages.put(0, List.copyOf(firstPage));
        }
    }

    @Override
    public int size() {
        return size;
    }

    /** The element, or null while its page loads. */
    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        int page = index / pageSize;
        List<T> rows = pages.get(page);
        if (rows == null) {
            inGet = true;
            try {
                request(page);
            } finally {
                inGet = false;
            }
            rows = pages.get(page);
        }
        int at = index - page * pageSize;
        return rows != null && at < rows.size() ? rows.get(at) : null;
    }

    /**
     * The first index of {@code o} among the elements in memory only, -1 when none is (an element not loaded is not
     * looked for). A table's selection looks for its row after every change of its list, a page arriving included:
     * searching the whole list would ask for every page of it.
     */
    @Override
    public int indexOf(Object o) {
        int best = -1;
        for (Map.Entry<Integer, List<T>> e : pages.entrySet()) {
            int at = e.getValue().indexOf(o);
            if (at >= 0 && (best < 0 || e.getKey() * pageSize + at < best)) {
                best = e.getKey() * pageSize + at;
            }
        }
        return best;
    }

    /** The last index of {@code o} among the elements in memory only (see {@link #indexOf}). */
    @Override
    public int lastIndexOf(Object o) {
        int best = -1;
        for (Map.Entry<Integer, List<T>> e : pages.entrySet()) {
            int at = e.getValue().lastIndexOf(o);
            if (at >= 0) {
                best = Math.max(best, e.getKey() * pageSize + at);
            }
        }
        return best;
    }

    /** Whether {@code o} is among the elements in memory (see {@link #indexOf}). */
    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    /** True when the element is in memory (tests and exports ask). */
    public boolean isLoaded(int index) {
        return pages.containsKey(index / pageSize);
    }

    private void request(int page) {
        latest = page;
        if (!requested.add(page)) {
            return;
        }
        BooleanSupplier wanted = () -> Math.abs(latest - page) <= NEAR;
        tasks.task(() -> wanted.getAsBoolean() ? loader.load(page * pageSize, pageSize, wanted) : null)
                .onSuccess(rows -> arrived(page, rows))
                .onFailure(e -> {
                    requested.remove(page);
                    onError.accept(e);
                })
                .start();
    }

    /**
     * A page read, or given up (null): either way its rows are told as replaced, so a table showing them reads them
     * (and asks for a page given up again, should it still be in view).
     */
    private void arrived(int page, List<T> rows) {
        requested.remove(page);
        if (rows != null) {
            pages.put(page, List.copyOf(rows));
        }
        if (inGet) {
            return;
        }
        int from = page * pageSize;
        int to = Math.min(size, from + pageSize);
        if (from >= to) {
            return;
        }
        beginChange();
        nextReplace(from, to, Collections.nCopies(to - from, null));
        endChange();
    }
}
