package fr.vodcompare.ui.compare;

import fr.vodcompare.analysis.KeyFigures;
import fr.vodcompare.analysis.KeyFigures.Figure;
import fr.vodcompare.analysis.MarketData;
import fr.vodcompare.chart.ChartRequest;
import fr.vodcompare.chart.ChartService;
import fr.vodcompare.chart.ChartSpec;
import fr.vodcompare.model.Fact;
import fr.vodcompare.model.Platform;
import fr.vodcompare.store.Store;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.DataEvents;
import fr.vodcompare.ui.Failures;
import fr.vodcompare.ui.LinkOpener;
import fr.vodcompare.ui.UiMessage;
import fr.vodcompare.ui.export.ChartExportViewModel;
import fr.vodcompare.ui.export.ChartPngs;
import fr.vodcompare.ui.export.ExportAllViewModel;
import fr.vodcompare.ui.export.SizeOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Compare screen: the platforms chosen (Netflix and Prime Video at first), their key figures, the dashboard
 * of charts (from the chart package) for them, and every metric with a figure for one of them, side by side.
 * Every figure comes from analysis ({@link MarketData}, {@link KeyFigures}); this class only arranges them. FX thread only.
 */
public final class CompareViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(CompareViewModel.class);
    public static final List<String> DEFAULT_PLATFORMS = fr.vodcompare.chart.ChartRequest.DEFAULT_PLATFORMS;

    /** A platform's key figures, in {@link KeyFigures.Type} order. */
    public record Column(Platform platform, List<Figure> figures) {
    }

    /** One metric, and for each chosen platform its newest figures (none when the sources have nothing). */
    public record MetricRow(String metric, Map<String, List<Fact>> byPlatform) {
    }

    private final MarketData market;
    private final ChartService charts;
    private final BackgroundTasks tasks;
    private final LinkOpener links;
    private final ChartPngs pngs;
    private final SizeOptions exportSize = new SizeOptions();
    private final ObservableList<Platform> platforms = FXCollections.observableArrayList();
    private final ObservableList<String> chosen = FXCollections.observableArrayList(DEFAULT_PLATFORMS);
    private final ObservableList<Column> columns = FXCollections.observableArrayList();
    private final ObservableList<MetricRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<UiMessage> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.UK);
    private final ObservableList<ChartSpec> specs = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper chartsLoading = new ReadOnlyBooleanWrapper(this, "chartsLoading");
    private final OverlapViewModel overlap;
    private final ReadOnlyBooleanWrapper figuresLoading = new ReadOnlyBooleanWrapper(this, "figuresLoading");
    private KeyFigures.Data data;
    private long chartGeneration;
    /** True once the screen was shown: until then nothing is read (the window opens on another screen). */
    private boolean active;
    /** True when the data changed since the figures were read (or they never were). */
    private boolean stale = true;

    /** @param pngs computes and writes the charts exported (the same service as {@code charts} in the app) */
    public CompareViewModel(Store store, ChartService charts, ChartPngs pngs, BackgroundTasks tasks,
                            LinkOpener links, DataEvents events) {
        this.market = new MarketData(store);
        this.charts = charts;
        this.pngs = pngs;
        this.tasks = tasks;
        this.links = links;
        this.overlap = new OverlapViewModel(store, tasks);
        chosen.addListener((ListChangeListener<String>) c -> {
            if (active) {
                rebuild();
                loadCharts();
                overlap.load(chosen);
            }
        });
        locale.addListener(o -> {
            if (active) {
                loadCharts();
            }
        });
        events.versionProperty().addListener(o -> {
            stale = true;
            if (active) {
                load();
            }
        });
    }

    /** The screen is shown: reads its figures the first time, and again when the data changed meanwhile. FX thread. */
    public void shown() {
        active = true;
        if (stale) {
            load();
        }
    }

    private record Loaded(List<Platform> platforms, KeyFigures.Data data) {
    }

    /** Reads the key figures, then the charts and the overlap, in the background. */
    public void load() {
        active = true;
        stale = false;
        figuresLoading.set(true);
        tasks.task(this::read)
                .onSuccess(l -> {
                    figuresLoading.set(false);
                    data = l.data();
                    platforms.setAll(l.platforms());
                    rebuild();
                    loadCharts();
                    overlap.load(chosen);
                })
                .onFailure(e -> {
                    figuresLoading.set(false);
                    LOG.warn("Loading the comparison failed", e);
                    message.set(new UiMessage("compare.error.load", Failures.words(e)));
                })
                .start();
    }

    /** Runs on a worker: every query the screen needs, once. */
    private Loaded read() throws Exception {
        long start = System.nanoTime();
        KeyFigures.Data d = market.keyFigureData();
        List<Platform> withData = d.withData(market.platforms());
        LOG.info("Comparison figures read in {} ms", (System.nanoTime() - start) / 1_000_000);
        return new Loaded(withData, d);
    }

    private void rebuild() {
        if (data == null) {
            return;
        }
        List<Column> cols = new ArrayList<>();
        for (String id : chosen) {
            platforms.stream().filter(p -> p.id().equals(id)).findFirst().ifPresent(p -> {
                List<Figure> figures = new ArrayList<>();
                for (KeyFigures.Type t : KeyFigures.Type.values()) {
                    figures.add(KeyFigures.of(t, id, data));
                }
                cols.add(new Column(p, figures));
            });
        }
        columns.setAll(cols);
        TreeSet<String> metrics = new TreeSet<>();
        data.facts().stream().filter(f -> chosen.contains(f.platformId())).forEach(f -> metrics.add(f.metric()));
        List<MetricRow> out = new ArrayList<>();
        for (String metric : metrics) {
            Map<String, List<Fact>> by = new LinkedHashMap<>();
            for (String id : chosen) {
                by.put(id, KeyFigures.latest(data.facts(), metric, id));
            }
            out.add(new MetricRow(metric, by));
        }
        rows.setAll(out);
    }

    /** Computes every chart of the dashboard for the platforms chosen, in the background; older results are dropped. */
    void loadCharts() {
        long gen = ++chartGeneration;
        List<String> ids = List.copyOf(chosen);
        Locale in = locale.get();
        chartsLoading.set(true);
        tasks.task(() -> {
            long start = System.nanoTime();
            List<ChartSpec> out = new ArrayList<>();
            ChartService.Batch batch = charts.batch(); // what several charts read, read once for the dashboard
            for (String id : ChartService.ids()) {
                if (gen != chartGeneration) {
                    return null;
                }
                out.add(batch.spec(new ChartRequest(id, in, ids, null, null)));
            }
            LOG.info("Dashboard charts computed in {} ms", (System.nanoTime() - start) / 1_000_000);
            return out;
        }).onSuccess(list -> {
            if (list != null && gen == chartGeneration) {
                chartsLoading.set(false);
                specs.setAll(list);
            }
        }).onFailure(e -> {
            if (gen == chartGeneration) {
                chartsLoading.set(false);
                LOG.warn("Computing the dashboard charts failed", e);
                message.set(new UiMessage("compare.error.charts", Failures.words(e)));
            }
        }).start();
    }

    /** The overlap of the platforms chosen (read again when they change, when data changes and by {@link #reloadOverlap}). */
    public OverlapViewModel overlap() {
        return overlap;
    }

    /** Reads the overlap and the charts again (after the user confirmed or split a pair of works). */
    public void reloadOverlap() {
        if (!active) {
            stale = true;
            return;
        }
        overlap.load(chosen);
        loadCharts();
    }

    /** Adds or removes a platform from the comparison. */
    public void choose(String platformId, boolean on) {
        if (on && !chosen.contains(platformId)) {
            chosen.add(platformId);
        } else if (!on) {
            chosen.remove(platformId);
        }
    }

    /** The Export PNG dialog's state for a chart of the dashboard, with the platforms chosen and the last size used. */
    public ChartExportViewModel exportOne(ChartSpec shown) {
        return new ChartExportViewModel(shown, chosen, exportSize, pngs, tasks);
    }

    /** The Export all charts dialog's state: every chart, the platforms chosen, the last size used, in the screen's language. */
    public ExportAllViewModel exportAll() {
        return new ExportAllViewModel(locale.get(), chosen, exportSize, pngs, tasks);
    }

    /** The names of the platforms chosen, in the order chosen. */
    public List<String> chosenNames() {
        List<String> names = new ArrayList<>();
        for (String id : chosen) {
            names.add(platforms.stream().filter(p -> p.id().equals(id)).map(Platform::name).findFirst().orElse(id));
        }
        return names;
    }

    /** Shows a folder (where charts were exported) in the system's file manager. */
    public void openFolder(Path dir) {
        if (dir != null) {
            links.open(dir.toUri().toString());
        }
    }

    public boolean openSource(Fact f) {
        if (f == null || !f.source().isWeb()) {
            return false; // only web addresses are opened: a file's link could name a program or a local file
        }
        links.open(f.source().url());
        return true;
    }

    /** The platforms that have figures or a catalogue, in registry order. */
    public ObservableList<Platform> platforms() {
        return platforms;
    }

    /** The ids of the platforms compared, in the order chosen. */
    public ObservableList<String> chosen() {
        return chosen;
    }

    public ObservableList<Column> columns() {
        return columns;
    }

    public ObservableList<MetricRow> rows() {
        return rows;
    }

    /** The language of the charts' texts (titles, axes, sources); the view sets it. */
    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    /** The dashboard's charts for the platforms chosen, in dashboard order. */
    public ObservableList<ChartSpec> specs() {
        return specs;
    }

    /** True while the key figures are read. */
    public ReadOnlyBooleanProperty figuresLoadingProperty() {
        return figuresLoading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty chartsLoadingProperty() {
        return chartsLoading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }
}
