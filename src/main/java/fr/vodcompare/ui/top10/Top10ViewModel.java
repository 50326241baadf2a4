package fr.vodcompare.ui.top10;

import fr.vodcompare.analysis.MarketData;
import fr.vodcompare.analysis.Top10Analysis;
import fr.vodcompare.analysis.Top10Analysis.Scope;
import fr.vodcompare.analysis.Top10Analysis.Summary;
import fr.vodcompare.chart.ChartRequest;
import fr.vodcompare.chart.ChartService;
import fr.vodcompare.chart.ChartSpec;
import fr.vodcompare.ingest.ImportProgress;
import fr.vodcompare.ingest.Top10Importer;
import fr.vodcompare.ingest.Top10Report;
import fr.vodcompare.model.Kind;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.Top10Queries.Country;
import fr.vodcompare.store.Top10Queries.Entry;
import fr.vodcompare.store.Top10Queries.LinkedTitle;
import fr.vodcompare.store.Top10Repository;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.DataEvents;
import fr.vodcompare.ui.Failures;
import fr.vodcompare.ui.UiMessage;
import fr.vodcompare.ui.export.ChartExportViewModel;
import fr.vodcompare.ui.export.ChartPngs;
import fr.vodcompare.ui.export.SizeOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Top 10 screen: a country, a period and a category; the weekly lists with the catalogue title of each line where
 * it is linked; the figures of {@link Top10Analysis}; the Top 10 charts; importing a file. FX thread only (no toolkit
 * needed); the store is read and written in the background.
 */
public final class Top10ViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(Top10ViewModel.class);
    static final int LONGEST = 10;

    /** Films, series or both. */
    public enum Category { ALL, FILMS, SERIES }

    /** One line of the weekly lists and the catalogue titles its work is linked to (empty: not linked). */
    public record Row(Entry entry, List<LinkedTitle> titles) {
    }

    private final Store store;
    private final Top10Analysis top10;
    private final ChartService chartService;
    private final ChartPngs pngs;
    private final BackgroundTasks tasks;
    private final DataEvents events;
    private final SizeOptions exportSize = new SizeOptions();
    private final ObservableList<Country> countries = FXCollections.observableArrayList();
    private final ObservableList<LocalDate> weeks = FXCollections.observableArrayList();
    private final ObjectProperty<String> country = new SimpleObjectProperty<>(this, "country");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>(this, "category", Category.ALL);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<fr.vodcompare.store.Top10Repository.StoredFile> files = FXCollections.observableArrayList();
    private final ObservableList<ChartSpec> charts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Summary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<UiMessage> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final ReadOnlyObjectWrapper<UiMessage> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private Supplier<Locale> locale = () -> Locale.ENGLISH;
    private boolean loadingWeeks;

    public Top10ViewModel(Store store, ChartService charts, ChartPngs pngs, BackgroundTasks tasks, DataEvents events) {
        this.store = store;
        this.chartService = charts;
        this.top10 = new MarketData(store).top10();
        this.pngs = pngs;
        this.tasks = tasks;
        this.events = events;
        country.addListener((o, was, now) -> loadWeeks());
        from.addListener(o -> refresh());
        to.addListener(o -> refresh());
        category.addListener(o -> refresh());
        events.versionProperty().addListener(o -> load());
    }

    /** The language the charts are drawn in (the screen's); set by the view. */
    public void setLocale(Supplier<Locale> language) {
        this.locale = language;
        loadCharts();
    }

    /** Reads the countries held (France first chosen when it is there), then the lists and the charts. */
    public void load() {
        tasks.task(top10::countries).onSuccess(list -> {
            countries.setAll(list);
            String keep = country.get();
            if (keep == null || list.stream().noneMatch(c -> c.code().equals(keep))) {
                country.set(list.stream().map(Country::code).filter(Top10Analysis.FRANCE::equals).findFirst()
                        .orElse(list.isEmpty() ? null : list.get(0).code()));
            } else {
                loadWeeks();
            }
        }).onFailure(e -> fail("top10.error.load", e)).start();
        tasks.task(() -> store.top10().files()).onSuccess(files::setAll).onFailure(e -> fail("top10.error.load", e)).start();
        loadCharts();
    }

    /** The imported Top 10 files, for the screen's scope line. */
    public ObservableList<fr.vodcompare.store.Top10Repository.StoredFile> files() {
        return files;
    }

    private void loadWeeks() {
        String code = country.get();
        if (code == null) {
            weeks.clear();
            rows.clear();
            summary.set(null);
            return;
        }
        tasks.task(() -> top10.weeks(code)).onSuccess(list -> {
            loadingWeeks = true;
            weeks.setAll(list);
            from.set(list.isEmpty() ? null : list.get(0));
            to.set(list.isEmpty() ? null : list.get(list.size() - 1));
            loadingWeeks = false;
            refresh();
        }).onFailure(e -> fail("top10.error.load", e)).start();
    }

    /** Reads the lists of the scope chosen. */
    public void refresh() {
        String code = country.get();
        if (code == null || loadingWeeks) {
            return;
        }
        LocalDate first = from.get();
        LocalDate last = to.get();
        if (first != null && last != null && first.isAfter(last)) {
            problem.set(new UiMessage("top10.check.period"));
            return;
        }
        problem.set(null);
        Kind kind = category.get() == Category.FILMS ? Kind.FILM : category.get() == Category.SERIES ? Kind.SERIES : null;
        Scope scope = new Scope(code, first, last, kind);
        tasks.task(() -> top10.summary(scope, LONGEST)).onSuccess(s -> {
            List<Row> out = new ArrayList<>(s.entries());
            Map<Long, List<LinkedTitle>> titles = s.titles();
            for (Entry e : s.list()) {
                out.add(new Row(e, titles.getOrDefault(e.workId(), List.of())));
            }
            summary.set(s);
            rows.setAll(out);
        }).onFailure(e -> fail("top10.error.load", e)).start();
    }

    private void loadCharts() {
        Locale l = locale.get();
        tasks.task(() -> {
            List<ChartSpec> out = new ArrayList<>();
            for (String id : chartService.availableTop10(l)) {
                out.add(pngs.spec(ChartRequest.of(id, l)));
            }
            return out;
        }).onSuccess(charts::setAll).onFailure(e -> fail("top10.error.load", e)).start();
    }

    /**
     * Imports a Netflix Top 10 file in the background (every country), then every screen reloads.
     *
     * @param country a two-letter code to keep only that country, or null for all
     */
    public void importFile(Path file, String country) {
        busy.set(true);
        problem.set(null);
        message.set(new UiMessage("top10.import.running", file.getFileName().toString()));
        tasks.task(() -> new Top10Importer(store).run(file, country, ImportProgress.NONE)).onSuccess((Top10Report r) -> {
            busy.set(false);
            message.set(new UiMessage("top10.import.done", file.getFileName().toString(), r.listsAdded(), r.entriesAdded(),
                    r.listsAlreadyStored(), r.entriesLinked()));
            events.changed();
        }).onFailure(e -> {
            busy.set(false);
            message.set(null);
            fail("top10.import.failed", e);
        }).start();
    }

    /** The Export PNG dialog's state for one of the charts (Netflix is the platform they are about). */
    public ChartExportViewModel exportOne(ChartSpec shown) {
        return new ChartExportViewModel(shown, List.of(Top10Repository.PLATFORM), exportSize, pngs, tasks);
    }

    private void fail(String key, Throwable e) {
        LOG.warn("Top 10 screen: {}", key, e);
        // a file refused says why in the screen's language (FILE:LINE: what is wrong); anything else as Java says it
        problem.set(new UiMessage(key, Failures.words(e)));
    }

    public ObservableList<Country> countries() {
        return countries;
    }

    /** The weeks stored for the country, oldest first: the choices of the period. */
    public ObservableList<LocalDate> weeks() {
        return weeks;
    }

    public ObjectProperty<String> countryProperty() {
        return country;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    /** The lines of the scope, by week, category and rank. */
    public ObservableList<Row> rows() {
        return rows;
    }

    /** The Top 10 charts whose data is imported, in the screen's language. */
    public ObservableList<ChartSpec> charts() {
        return charts;
    }

    /** The figures of the scope, or null before the first read (or without data). */
    public ReadOnlyObjectProperty<Summary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True while a file is imported. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiMessage> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
