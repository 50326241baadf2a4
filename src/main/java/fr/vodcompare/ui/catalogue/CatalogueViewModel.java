package fr.vodcompare.ui.catalogue;

import fr.vodcompare.model.Kind;
import fr.vodcompare.store.TitleBrowseQueries;
import fr.vodcompare.store.TitleBrowseQueries.Blanks;
import fr.vodcompare.store.TitleBrowseQueries.Copy;
import fr.vodcompare.store.TitleBrowseQueries.Genre;
import fr.vodcompare.store.TitleBrowseQueries.Row;
import fr.vodcompare.store.TitleFilter;
import fr.vodcompare.store.TitleQueries;
import fr.vodcompare.store.TitleSort;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.DataEvents;
import fr.vodcompare.ui.Failures;
import fr.vodcompare.ui.UiMessage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalogue browser: search and filters in, a count and a lazily paged list of titles out, plus the
 * selected title's detail. Every change of a filter runs one query in the background; a newer query makes
 * older results void, so typing fast never shows stale rows. FX thread only.
 */
public final class CatalogueViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogueViewModel.class);
    static final int PAGE = 200;

    /** A platform the user can show or hide, with its number of titles. */
    public record PlatformChoice(String id, String name, int titles) {
    }

    private final TitleBrowseQueries browse;
    private final TitleQueries titles;
    private final BackgroundTasks tasks;
    private final BackgroundTasks searchTasks;
    private final CatalogueScope scope;

    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableSet<String> hiddenPlatforms = FXCollections.observableSet();
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<Genre> genre = new SimpleObjectProperty<>(this, "genre");
    private final ObjectProperty<TitleFilter.Origin> origin = new SimpleObjectProperty<>(this, "origin");
    private final ObjectProperty<Integer> yearFrom = new SimpleObjectProperty<>(this, "yearFrom");
    private final ObjectProperty<Integer> yearTo = new SimpleObjectProperty<>(this, "yearTo");
    private final ObjectProperty<LocalDate> addedFrom = new SimpleObjectProperty<>(this, "addedFrom");
    private final ObjectProperty<LocalDate> addedTo = new SimpleObjectProperty<>(this, "addedTo");
    private final BooleanProperty originalsOnly = new SimpleBooleanProperty(this, "originalsOnly");
    private final ObjectProperty<TitleSort> sort = new SimpleObjectProperty<>(this, "sort", TitleSort.DEFAULT);

    private final ObservableList<PlatformChoice> platforms = FXCollections.observableArrayList();
    private final ObservableList<Genre> genres = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper totalCount = new ReadOnlyIntegerWrapper(this, "totalCount");
    private final ReadOnlyObjectWrapper<UiMessage> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<Copy> copies = FXCollections.observableArrayList();
    private final CatalogueResults results;

    private boolean loaded;
    private boolean restoring;

    public CatalogueViewModel(TitleBrowseQueries browse, TitleQueries titles, BackgroundTasks tasks,
                              BackgroundTasks searchTasks, DataEvents events) {
        this(browse, titles, tasks, searchTasks, events, CatalogueScope.none());
    }

    /** @param scope which catalogues show: the current ones in a territory, or one snapshot */
    public CatalogueViewModel(TitleBrowseQueries browse, TitleQueries titles, BackgroundTasks tasks,
                              BackgroundTasks searchTasks, DataEvents events, CatalogueScope scope) {
        this.scope = scope;
        this.browse = browse;
        this.titles = titles;
        this.tasks = tasks;
        this.searchTasks = searchTasks;
        this.results = new CatalogueResults(browse, tasks, searchTasks, () -> scope.apply(TitleFilter.ALL), totalCount,
                e -> failed("catalogue.error.query", e), () -> message.set(null));
        for (Observable o : List.of(search, hiddenPlatforms, kind, genre, origin, yearFrom, yearTo, addedFrom, addedTo,
                originalsOnly, sort)) {
            o.addListener(x -> refresh());
        }
        selected.addListener((o, was, now) -> loadCopies(now));
        scope.territoryProperty().addListener(o -> load());
        scope.snapshotProperty().addListener(o -> countTotal());
        events.versionProperty().addListener((o, was, now) -> load());
    }

    /** Loads the platform and genre lists, then the first page. Call once the store is open. */
    public void load() {
        // the genre list comes after the first page, unless a saved genre filter needs it
        boolean genresFirst = genre.get() != null;
        CatalogueLists.Controls now = new CatalogueLists.Controls(controls(), Set.copyOf(hiddenPlatforms),
                scope.snapshotProperty().get(), scope.territoryProperty().get(), sort.get());
        tasks.task(() -> CatalogueLists.read(titles, browse, scope.read(), now, genresFirst))
                .onSuccess(lists -> {
                    listsLoaded(lists);
                    if (!genresFirst) {
                        loadGenres();
                    }
                })
                .onFailure(e -> {
                    failed("catalogue.error.load", e);
                    results.firstDone();
                })
                .start();
    }

    /**
     * Runs {@code r} once the first page has shown (or could not be read), at once if it has: at start, what the
     * other screens read waits for it, so the first screen has the machine to itself.
     */
    public void afterFirstPage(Runnable r) {
        results.afterFirstPage(r);
    }

    private void loadGenres() {
        tasks.task(browse::genres)
                .onSuccess(list -> {
                    if (genre.get() == null) {
                        genres.setAll(list);
                    }
                })
                .onFailure(e -> failed("catalogue.error.load", e))
                .start();
    }

    private void listsLoaded(CatalogueLists lists) {
        restoring = true;
        try {
            List<PlatformChoice> choices = new ArrayList<>();
            lists.counts().forEach(c -> choices.add(new PlatformChoice(c.platformId(), c.name(), c.titles())));
            platforms.setAll(choices);
            if (lists.genres() != null) {
                Genre chosen = genre.get();
                genres.setAll(lists.genres());
                genre.set(chosen == null ? null : genres.stream().filter(g -> g.name().equals(chosen.name())).findFirst().orElse(null));
            }
            scope.loaded(lists.snapshots());
            countTotal();
            loaded = true;
        } finally {
            restoring = false;
        }
        refresh(lists.first());
    }

    /** The filter the controls describe. */
    public TitleFilter filter() {
        return scope.apply(controls().withPlatforms(platformIds(platforms.stream().map(PlatformChoice::id).toList(), hiddenPlatforms)));
    }

    /** The filter the controls describe, but the platforms and the scope. */
    private TitleFilter controls() {
        Genre g = genre.get();
        return new TitleFilter(search.get(), List.of(), kind.get(), g == null ? null : g.id(), origin.get(), yearFrom.get(),
                yearTo.get(), addedFrom.get(), addedTo.get(), originalsOnly.get(), null);
    }

    /** The platforms a filter keeps: none named (every one) when none is hidden, "" when every one is. */
    static List<String> platformIds(List<String> all, java.util.Set<String> hidden) {
        List<String> shown = all.stream().filter(id -> !hidden.contains(id)).toList();
        return shown.size() == all.size() ? List.of() : shown.isEmpty() ? List.of("") : shown;
    }

    /** The titles of the catalogues shown (the snapshot chosen, or every platform's current one); then the query. */
    private void countTotal() {
        totalCount.set(scope.total(platforms.stream().mapToInt(PlatformChoice::titles).sum()));
        refresh();
    }

    /** Runs the query for the current filter; results from earlier calls are dropped when they arrive. */
    void refresh() {
        refresh(null);
    }

    /** As {@link #refresh()}, with the first page when it was read ahead for the same filter and order. */
    private void refresh(CatalogueResults.Prefetched ahead) {
        if (!loaded || restoring) {
            return;
        }
        results.query(filter(), sort.get(), ahead);
    }

    private void loadCopies(Row row) {
        copies.clear();
        if (row == null) {
            return;
        }
        long id = row.title().id();
        tasks.task(() -> browse.copiesOf(id))
                .onSuccess(list -> {
                    Row now = selected.get();
                    if (now != null && now.title().id() == id) {
                        copies.setAll(list);
                    }
                })
                .onFailure(e -> failed("catalogue.error.query", e))
                .start();
    }

    /** Puts every filter back to "everything" (the search text stays). */
    public void clearFilters() {
        restoring = true;
        try {
            hiddenPlatforms.clear();
            kind.set(null);
            genre.set(null);
            origin.set(null);
            yearFrom.set(null);
            yearTo.set(null);
            addedFrom.set(null);
            addedTo.set(null);
            originalsOnly.set(false);
        } finally {
            restoring = false;
        }
        refresh();
    }

    /** Shows or hides a platform. */
    public void showPlatform(String id, boolean show) {
        if (show) {
            hiddenPlatforms.remove(id);
        } else {
            hiddenPlatforms.add(id);
        }
    }

    /**
     * Writes every matching title, in the table's order, to {@code file} as CSV in the background.
     *
     * @param done told the number of titles written
     */
    public void exportCsv(Path file, Consumer<Integer> done, Consumer<Throwable> failed) {
        TitleFilter f = filter();
        TitleSort s = sort.get();
        tasks.task(() -> TitleCsvWriter.write(file, sink -> browse.forEach(f, s, sink)))
                .onSuccess(done::accept)
                .onFailure(e -> {
                    LOG.warn("Exporting the catalogue to {} failed", file, e);
                    failed.accept(e);
                })
                .start();
    }

    private void failed(String key, Throwable e) {
        LOG.warn("Catalogue: {}", key, e);
        message.set(new UiMessage(key, Failures.words(e)));
    }

    /** What the settings file keeps of this screen. */
    public CatalogueState state() {
        return new CatalogueState(search.get(), List.copyOf(hiddenPlatforms), kind.get() == null ? null : kind.get().name(),
                genre.get() == null ? null : genre.get().name(), origin.get() == null ? null : origin.get().name(),
                yearFrom.get(), yearTo.get(), CatalogueState.str(addedFrom.get()), CatalogueState.str(addedTo.get()), originalsOnly.get(),
                sort.get().key().name(), sort.get().ascending());
    }

    /** Puts back a saved state; call before {@link #load()}. Unknown values are ignored. */
    public void restore(CatalogueState s) {
        if (s == null) {
            return;
        }
        restoring = true;
        try {
            s.applyTo(this);
        } finally {
            restoring = false;
        }
    }

    public CatalogueScope scope() {
        return scope;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The ids of the platforms the user hid (a platform imported later shows). */
    public ObservableSet<String> hiddenPlatforms() {
        return hiddenPlatforms;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Genre> genreProperty() {
        return genre;
    }

    public ObjectProperty<TitleFilter.Origin> originProperty() {
        return origin;
    }

    public ObjectProperty<Integer> yearFromProperty() {
        return yearFrom;
    }

    public ObjectProperty<Integer> yearToProperty() {
        return yearTo;
    }

    public ObjectProperty<LocalDate> addedFromProperty() {
        return addedFrom;
    }

    public ObjectProperty<LocalDate> addedToProperty() {
        return addedTo;
    }

    public BooleanProperty originalsOnlyProperty() {
        return originalsOnly;
    }

    public ObjectProperty<TitleSort> sortProperty() {
        return sort;
    }

    public ObservableList<PlatformChoice> platforms() {
        return platforms;
    }

    public ObservableList<Genre> genres() {
        return genres;
    }

    /** The matching titles, loaded a page at a time (null while a page loads). */
    public ReadOnlyObjectProperty<ObservableList<Row>> rowsProperty() {
        return results.rows();
    }

    /** The titles matching, as far as counted (see {@link #countProperty()}). */
    public ReadOnlyIntegerProperty matchCountProperty() {
        return results.matchCount();
    }

    /** How many titles match, and whether the count is whole yet. */
    public ReadOnlyObjectProperty<CatalogueCount> countProperty() {
        return results.count();
    }

    /** Every title of the shown catalogues, for "12 of 18,475". */
    public ReadOnlyIntegerProperty totalCountProperty() {
        return totalCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return results.loading();
    }

    /** How long the last query took (count and first page), in milliseconds. */
    public ReadOnlyLongProperty lastQueryMillisProperty() {
        return results.lastQueryMillis();
    }

    /** A problem to show, or null. */
    public ReadOnlyObjectProperty<UiMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    /** Per platform, the titles the filters leave out only because a field they test is blank. */
    public ObservableList<Blanks> blanks() {
        return results.blanks();
    }

    /** The platforms the selected title's work is on (itself included). */
    public ObservableList<Copy> copies() {
        return copies;
    }
}
