package fr.vodcompare.ui.audience;

import fr.vodcompare.analysis.MarketData;

import fr.vodcompare.analysis.AudienceSeries;
import fr.vodcompare.chart.ChartRequest;
import fr.vodcompare.chart.ChartSeries;
import fr.vodcompare.chart.ChartService;
import fr.vodcompare.chart.ChartSpec;
import fr.vodcompare.model.Fact;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.DataEvents;
import fr.vodcompare.ui.Failures;
import fr.vodcompare.ui.LinkOpener;
import fr.vodcompare.ui.UiMessage;
import fr.vodcompare.ui.export.ChartExportViewModel;
import fr.vodcompare.ui.export.ChartPngs;
import fr.vodcompare.ui.export.SizeOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audience figures over time: one metric at a time (CNC reach among VOD users by default), one line per subject
 * (a platform, the whole market, a subject as the source names it). The chart is the chart package's own
 * ({@code audience-reach-trend} or {@code audience-METRIC}) for the subjects shown, so Export PNG and
 * {@code export-chart} draw exactly what the screen shows. Only figures in the metric's main unit are plotted;
 * the others are listed, never mixed in. FX thread only.
 */
public final class AudienceViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(AudienceViewModel.class);

    /** The audience metrics, in the order offered; only those with figures are shown. */
    public static final List<String> METRICS = ChartService.audienceMetrics();
    public static final String DEFAULT_METRIC = METRICS.get(0);
    /** The key of figures about the whole market ("all", "all SVOD"). */
    public static final String MARKET = AudienceSeries.MARKET;

    /** One subject of the legend, shown or not: its name and colour as the chart draws it, and its newest figure. */
    public record Series(String key, String name, String colour, Fact last) {
    }

    private final MarketData data;
    private final ChartPngs charts;
    private final BackgroundTasks tasks;
    private final LinkOpener links;
    private final SizeOptions exportSize = new SizeOptions();
    private final ObjectProperty<String> metric = new SimpleObjectProperty<>(this, "metric", DEFAULT_METRIC);
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.UK);
    private final ObservableList<String> metrics = FXCollections.observableArrayList();
    private final ObservableList<Series> series = FXCollections.observableArrayList();
    private final ObservableSet<String> hidden = FXCollections.observableSet();
    private final ObservableList<Fact> figures = FXCollections.observableArrayList();
    private final ObservableList<Fact> notPlotted = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ChartSpec> spec = new ReadOnlyObjectWrapper<>(this, "spec");
    private final ReadOnlyStringWrapper unit = new ReadOnlyStringWrapper(this, "unit", "");
    private final ReadOnlyObjectWrapper<UiMessage> message = new ReadOnlyObjectWrapper<>(this, "message");
    private List<Fact> all = List.of();
    private long generation;

    /** @param charts computes the charts (and writes them when exported): the chart package's service in the app */
    public AudienceViewModel(MarketData data, ChartPngs charts, BackgroundTasks tasks, LinkOpener links,
                             DataEvents events) {
        this.data = data;
        this.charts = charts;
        this.tasks = tasks;
        this.links = links;
        // A list control clears its value while its items are replaced: no metric is never a choice
        metric.addListener((o, was, now) -> {
            if (now == null) {
                metric.set(was);
            } else {
                refresh();
            }
        });
        locale.addListener(o -> refresh());
        hidden.addListener((SetChangeListener<String>) c -> refresh());
        events.versionProperty().addListener(o -> load());
    }

    /** Reads the figures, then draws the chart. */
    public void load() {
        tasks.task(data::facts)
                .onSuccess(l -> {
                    all = l;
                    metrics.setAll(METRICS.stream().filter(m -> all.stream().anyMatch(f -> f.metric().equals(m))).toList());
                    refresh();
                })
                .onFailure(e -> {
                    LOG.warn("Loading the audience figures failed", e);
                    message.set(new UiMessage("audience.error.load", Failures.words(e)));
                })
                .start();
    }

    private record Drawn(AudienceSeries audience, ChartSpec every, ChartSpec shown) {
    }

    /** Computes the chart of the metric for the subjects shown (and once for all, for the legend), in the background. */
    private void refresh() {
        long gen = ++generation;
        String m = metric.get();
        Locale in = locale.get();
        List<Fact> from = all;
        List<String> off = List.copyOf(hidden);
        tasks.task(() -> {
            AudienceSeries audience = AudienceSeries.of(from, m);
            List<String> keys = new ArrayList<>(audience.series().keySet());
            String id = ChartService.audienceChartId(m);
            ChartSpec every = charts.spec(new ChartRequest(id, in, keys, null, null));
            keys.removeAll(off);
            return new Drawn(audience, every, charts.spec(new ChartRequest(id, in, keys, null, null)));
        }).onSuccess(d -> {
            if (gen == generation) {
                shown(d);
            }
        }).onFailure(e -> {
            LOG.warn("Drawing the audience chart of {} failed", m, e);
            message.set(new UiMessage("audience.error.load", Failures.words(e)));
        }).start();
    }

    private void shown(Drawn d) {
        Map<String, ChartSeries> drawn = d.every().series().stream()
                .collect(Collectors.toMap(ChartSeries::key, Function.identity()));
        List<Series> legend = new ArrayList<>();
        for (String key : d.audience().keysByLastValue()) {
            ChartSeries s = drawn.get(key);
            if (s != null) {
                legend.add(new Series(key, s.name(), s.colour(), AudienceSeries.last(d.audience().series().get(key))));
            }
        }
        unit.set(d.audience().unit());
        figures.setAll(d.audience().all());
        notPlotted.setAll(d.audience().leftOff());
        series.setAll(legend);
        spec.set(d.shown());
    }

    public void show(String key, boolean shown) {
        if (shown) {
            hidden.remove(key);
        } else {
            hidden.add(key);
        }
    }

    /** The Export PNG dialog's state for the chart shown: the subjects shown, the last size used. */
    public ChartExportViewModel exportOne(ChartSpec shown) {
        List<String> keys = series.stream().map(Series::key).filter(k -> !hidden.contains(k)).toList();
        return new ChartExportViewModel(shown, keys, exportSize, charts, tasks);
    }

    /** The names of the subjects shown, for the export dialog. */
    public String shownNames() {
        return series.stream().filter(s -> !hidden.contains(s.key())).map(Series::name).collect(Collectors.joining(", "));
    }

    public boolean openSource(Fact f) {
        if (f == null || !f.source().isWeb()) {
            return false; // only web addresses are opened: a file's link could name a program or a local file
        }
        links.open(f.source().url());
        return true;
    }

    public ObjectProperty<String> metricProperty() {
        return metric;
    }

    /** The language of the chart's texts; the view sets it. */
    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    /** The audience metrics that have figures. */
    public ObservableList<String> metrics() {
        return metrics;
    }

    /** Every subject of the metric with a line, shown or hidden, highest newest value first. */
    public ObservableList<Series> series() {
        return series;
    }

    /** The keys of the series the user hid. */
    public ObservableSet<String> hidden() {
        return hidden;
    }

    /** The chart as drawn and exported, for the subjects shown; null until computed. */
    public ReadOnlyObjectProperty<ChartSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    /** Every figure of the metric, plotted or not. */
    public ObservableList<Fact> figures() {
        return figures;
    }

    /** Figures of the metric left off the chart: another unit, or a period that cannot be placed in time. */
    public ObservableList<Fact> notPlotted() {
        return notPlotted;
    }

    /** The unit plotted, as the sources write it. */
    public ReadOnlyStringProperty unitProperty() {
        return unit.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }
}
