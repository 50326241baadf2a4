package fr.vodcompare.ui.history;

import fr.vodcompare.analysis.MarketData;
import fr.vodcompare.analysis.SnapshotDiff;
import fr.vodcompare.chart.ChartRequest;
import fr.vodcompare.chart.ChartSpec;
import fr.vodcompare.model.Normalise;
import fr.vodcompare.model.Platform;
import fr.vodcompare.model.Snapshot;
import fr.vodcompare.store.Store;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.DataEvents;
import fr.vodcompare.ui.Failures;
import fr.vodcompare.ui.UiMessage;
import fr.vodcompare.ui.export.ChartExportViewModel;
import fr.vodcompare.ui.export.ChartPngs;
import fr.vodcompare.ui.export.SizeOptions;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The What changed screen: a platform, a territory and two of its snapshots there (at first the platform's two
 * newest, in the territory of its newest snapshot); what the later one added, no longer lists, changed, and the
 * rows left ambiguous, each list narrowed by a filter; the chart of what came and went. The comparison and the
 * chart are computed off the FX thread ({@link SnapshotDiff}, the chart package). FX thread only.
 */
public final class HistoryViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryViewModel.class);
    static final String CHART = "catalogue-changes";

    private final Store store;
    private final ChartPngs charts;
    private final BackgroundTasks tasks;
    private final SizeOptions exportSize = new SizeOptions();
    private final ObservableList<Platform> platforms = FXCollections.observableArrayList();
    private final ObservableList<String> territories = FXCollections.observableArrayList();
    private final ObservableList<Snapshot> snapshots = FXCollections.observableArrayList();
    private final ObjectProperty<String> platform = new SimpleObjectProperty<>(this, "platform");
    private final ObjectProperty<String> territory = new SimpleObjectProperty<>(this, "territory");
    private final ObjectProperty<Snapshot> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<Snapshot> to = new SimpleObjectProperty<>(this, "to");
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.UK);
    private final ReadOnlyObjectWrapper<SnapshotDiff> diff = new ReadOnlyObjectWrapper<>(this, "diff");
    private final ReadOnlyObjectWrapper<ChartSpec> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyObjectWrapper<UiMessage> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final ObservableList<SnapshotDiff.Entry> allAdded = FXCollections.observableArrayList();
    private final ObservableList<SnapshotDiff.Entry> allRemoved = FXCollections.observableArrayList();
    private final ObservableList<SnapshotDiff.Change> allChanged = FXCollections.observableArrayList();
    private final ObservableList<SnapshotDiff.Ambiguous> allAmbiguous = FXCollections.observableArrayList();
    private final FilteredList<SnapshotDiff.Entry> added = new FilteredList<>(allAdded);
    private final FilteredList<SnapshotDiff.Entry> removed = new FilteredList<>(allRemoved);
    private final FilteredList<SnapshotDiff.Change> changed = new FilteredList<>(allChanged);
    private final FilteredList<SnapshotDiff.Ambiguous> ambiguous = new FilteredList<>(allAmbiguous);
    private List<Snapshot> every = List.of();
    private boolean choosing;
    private boolean wanted;
    /** Written on the FX thread, read by the comparison running to know it is superseded. */
    private volatile long diffGeneration;
    private long chartGeneration;

    /** @param charts computes the chart shown and writes it when exported (the app's chart service) */
    public HistoryViewModel(Store store, ChartPngs charts, BackgroundTasks tasks, DataEvents events) {
        this.store = store;
        this.charts = charts;
        this.tasks = tasks;
        platform.addListener((o, was, now) -> platformChosen());
        territory.addListener((o, was, now) -> territoryChosen());
        from.addListener(o -> compare());
        to.addListener(o -> compare());
        filter.addListener(o -> applyFilter());
        locale.addListener(o -> loadChart());
        events.versionProperty().addListener(o -> {
            if (wanted) {
                load();
            }
        });
    }

    private record Loaded(List<Platform> platforms, List<Snapshot> snapshots) {
    }

    /** The screen shows: the first time, reads and compares (the comparison takes a second, so not at start-up). */
    public void shown() {
        if (!wanted) {
            load();
        }
    }

    /** Reads the platforms and their snapshots, then compares the default pair (again after each change of the store). */
    public void load() {
        wanted = true;
        tasks.task(() -> new Loaded(store.platforms().all(), store.catalogue().snapshots()))
                .onSuccess(this::loaded)
                .onFailure(e -> failed("history.error.load", e))
                .start();
    }

    private void loaded(Loaded l) {
        every = l.snapshots();
        String kept = platform.get();
        choosing = true;
        try {
            platforms.setAll(l.platforms().stream().filter(p -> every.stream().anyMatch(s -> s.platformId().equals(p.id()))).toList());
            boolean stillThere = platforms.stream().anyMatch(p -> p.id().equals(kept));
            platform.set(null);
            platform.set(stillThere ? kept : defaultPlatform());
        } finally {
            choosing = false;
        }
        platformChosen();
    }

    /** The first platform with two snapshots in the territory of its newest one, else the first platform. */
    private String defaultPlatform() {
        return platforms.stream().map(Platform::id).filter(id -> inTerritory(id, newestTerritory(id)).size() >= 2).findFirst()
                .orElse(platforms.isEmpty() ? null : platforms.get(0).id());
    }

    private String newestTerritory(String platformId) {
        return every.stream().filter(s -> s.platformId().equals(platformId))
                .max(Comparator.comparing(Snapshot::asOf).thenComparing(Snapshot::id)).map(Snapshot::territory).orElse(null);
    }

    /** A platform's snapshots in a territory, newest first. */
    private List<Snapshot> inTerritory(String platformId, String t) {
        return every.stream().filter(s -> s.platformId().equals(platformId) && s.territory().equals(t))
                .sorted(Comparator.comparing(Snapshot::asOf).thenComparing(Snapshot::id).reversed()).toList();
    }

    private void platformChosen() {
        if (choosing) {
            return;
        }
        String p = platform.get();
        choosing = true;
        try {
            territories.setAll(every.stream().filter(s -> s.platformId().equals(p)).map(Snapshot::territory).distinct().sorted().toList());
            territory.set(null);
            territory.set(newestTerritory(p));
        } finally {
            choosing = false;
        }
        territoryChosen();
    }

    private void territoryChosen() {
        if (choosing) {
            return;
        }
        List<Snapshot> here = inTerritory(platform.get(), territory.get());
        choosing = true;
        try {
            snapshots.setAll(here);
            to.set(here.isEmpty() ? null : here.get(0));
            from.set(here.size() < 2 ? null : here.get(1));
        } finally {
            choosing = false;
        }
        compare();
        loadChart();
    }

    /** Compares the two snapshots chosen in the background; an older comparison still running is dropped. */
    private void compare() {
        if (choosing) {
            return;
        }
        long gen = ++diffGeneration;
        Snapshot a = from.get();
        Snapshot b = to.get();
        UiMessage check = check(a, b);
        if (check != null) {
            message.set(check);
            show(null);
            loading.set(false);
            return;
        }
        message.set(null);
        show(null); // no figures of the catalogues chosen before beside the new choice while it is compared
        loading.set(true);
        tasks.task(() -> {
            long start = System.nanoTime();
            SnapshotDiff d = new MarketData(store).diff(a, b, () -> gen != diffGeneration); // given up once superseded
            LOG.info("{} compared from {} to {} in {} ms", a.platformId(), a.asOf(), b.asOf(), (System.nanoTime() - start) / 1_000_000);
            return d;
        }).onSuccess(d -> {
            if (gen == diffGeneration) {
                loading.set(false);
                show(d);
            }
        }).onFailure(e -> {
            if (gen == diffGeneration) {
                loading.set(false);
                show(null);
                failed("history.error.diff", e);
            }
        }).start();
    }

    /** Why the two snapshots chosen cannot be compared, or null. */
    private UiMessage check(Snapshot a, Snapshot b) {
        if (platform.get() == null) {
            return platforms.isEmpty() ? new UiMessage("history.check.none") : null;
        }
        if (snapshots.size() < 2) {
            return new UiMessage("history.check.single", name(platform.get()));
        }
        if (a == null || b == null) {
            return new UiMessage("history.check.choose");
        }
        if (a.id() == b.id()) {
            return new UiMessage("history.check.same");
        }
        if (!a.asOf().isBefore(b.asOf())) {
            return new UiMessage("history.check.order");
        }
        return null;
    }

    private void show(SnapshotDiff d) {
        diff.set(d);
        allAdded.setAll(d == null ? List.of() : d.added());
        allRemoved.setAll(d == null ? List.of() : d.removed());
        allChanged.setAll(d == null ? List.of() : d.changed());
        allAmbiguous.setAll(d == null ? List.of() : d.ambiguous());
        applyFilter();
    }

    private void applyFilter() {
        String f = Normalise.text(filter.get() == null ? "" : filter.get());
        Predicate<SnapshotDiff.Entry> entry = e -> f.isEmpty() || Normalise.text(e.title()).contains(f);
        added.setPredicate(entry);
        removed.setPredicate(entry);
        changed.setPredicate(c -> entry.test(c.title()));
        ambiguous.setPredicate(a -> entry.test(a.title()) || a.candidates().stream().anyMatch(entry));
    }

    /** The chart of what came and went, for the platform and territory chosen, in the screen's language. */
    private void loadChart() {
        if (choosing) {
            return;
        }
        long gen = ++chartGeneration;
        String p = platform.get();
        if (p == null) {
            chart.set(null);
            return;
        }
        ChartRequest request = new ChartRequest(CHART, locale.get(), List.of(p), null, null, territory.get());
        tasks.task(() -> charts.spec(request)).onSuccess(spec -> {
            if (gen == chartGeneration) {
                chart.set(spec);
            }
        }).onFailure(e -> {
            if (gen == chartGeneration) {
                failed("history.error.chart", e);
            }
        }).start();
    }

    /** Writes the four lists, as the filter narrows them, to {@code file} as CSV in the background. */
    public void exportCsv(Path file, Consumer<Integer> done, Consumer<Throwable> failed) {
        SnapshotDiff d = diff.get();
        if (d == null) {
            failed.accept(new IllegalStateException("nothing to export: choose two catalogues"));
            return;
        }
        HistoryCsv rows = new HistoryCsv(d, List.copyOf(added), List.copyOf(removed), List.copyOf(changed), List.copyOf(ambiguous));
        tasks.task(() -> rows.write(file)).onSuccess(done::accept).onFailure(e -> {
            LOG.warn("Exporting the changes to {} failed", file, e);
            failed.accept(e);
        }).start();
    }

    /** The Export PNG dialog's state for the chart shown: its platform and territory, the last size used. */
    public ChartExportViewModel exportChart(ChartSpec shown) {
        return new ChartExportViewModel(shown, platform.get() == null ? List.of() : List.of(platform.get()), territory.get(),
                exportSize, charts, tasks);
    }

    /** A platform's name, or its id when the registry does not know it. */
    public String name(String platformId) {
        return platforms.stream().filter(p -> p.id().equals(platformId)).map(Platform::name).findFirst()
                .orElse(Objects.toString(platformId, ""));
    }

    private void failed(String key, Throwable e) {
        LOG.warn("What changed: {}", key, e);
        message.set(new UiMessage(key, Failures.words(e)));
    }

    /** The platforms that have at least one catalogue, in registry order. */
    public ObservableList<Platform> platforms() {
        return platforms;
    }

    /** The territories of the platform chosen. */
    public ObservableList<String> territories() {
        return territories;
    }

    /** The platform's snapshots in the territory chosen, newest first. */
    public ObservableList<Snapshot> snapshots() {
        return snapshots;
    }

    public ObjectProperty<String> platformProperty() {
        return platform;
    }

    /** A territory code, or {@link Snapshot#UNSTATED}. */
    public ObjectProperty<String> territoryProperty() {
        return territory;
    }

    /** The earlier snapshot. */
    public ObjectProperty<Snapshot> fromProperty() {
        return from;
    }

    /** The later snapshot. */
    public ObjectProperty<Snapshot> toProperty() {
        return to;
    }

    /** Words to find in the titles of every list (accents and case ignored). */
    public StringProperty filterProperty() {
        return filter;
    }

    /** The language of the chart's texts; the view sets it. */
    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    /** What changed between the two snapshots chosen, or null while there is nothing to show. */
    public ReadOnlyObjectProperty<SnapshotDiff> diffProperty() {
        return diff.getReadOnlyProperty();
    }

    /** Titles the later snapshot lists and the earlier did not, as filtered. */
    public ObservableList<SnapshotDiff.Entry> added() {
        return added;
    }

    /** Titles the earlier snapshot listed and the later no longer lists, as filtered. */
    public ObservableList<SnapshotDiff.Entry> removed() {
        return removed;
    }

    public ObservableList<SnapshotDiff.Change> changed() {
        return changed;
    }

    public ObservableList<SnapshotDiff.Ambiguous> ambiguous() {
        return ambiguous;
    }

    /** The chart of what came and went, or null. */
    public ReadOnlyObjectProperty<ChartSpec> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** True while a comparison runs. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why nothing is compared, or a problem, or null. */
    public ReadOnlyObjectProperty<UiMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }
}
