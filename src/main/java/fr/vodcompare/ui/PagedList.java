package fr.vodcompare.ui;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.ObservableListBase;

/**
 * A read-only list of a fixed size whose elements are loaded a page at a time, in the background, when
 * first asked for: a table over a million rows only ever holds the pages it shows. An element not loaded
 * yet reads as {@code null}; when its page arrives the list reports the nulls as replaced, and the table
 * redraws. Pages not used for a while are dropped. FX thread only (pages load on the task's worker).
 *
 * @param <T> element type
 */
public final class PagedList<T> extends ObservableListBase<T> {
    /** Loads {@code limit} elements from {@code offset}; runs on a worker thread. */
    @FunctionalInterface
    public interface Loader<T> {
        List<T> load(int offset, int limit) throws Exception;
    }

    static final int MAX_PAGES = 64;

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

    /** True when the element is in memory (tests and exports ask). */
    public boolean isLoaded(int index) {
        return pages.containsKey(index / pageSize);
    }

    private void request(int page) {
        if (!requested.add(page)) {
            return;
        }
        tasks.task(() -> loader.load(page * pageSize, pageSize))
                .onSuccess(rows -> arrived(page, rows))
                .onFailure(e -> {
                    requested.remove(page);
                    onError.accept(e);
                })
                .start();
    }

    private void arrived(int page, List<T> rows) {
        requested.remove(page);
        pages.put(page, List.copyOf(rows));
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
