package fr.vodcompare.ui.audience;

import fr.vodcompare.model.Fact;
import fr.vodcompare.model.Platform;
import fr.vodcompare.store.FactRepository;
import fr.vodcompare.store.PlatformRepository;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.DataEvents;
import fr.vodcompare.ui.LinkOpener;
import fr.vodcompare.ui.Periods;
import fr.vodcompare.ui.UiMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audience figures over time: one metric at a time (CNC reach among VOD users by default), one series per
 * platform (or per subject the source names, such as the whole market). Only figures in the metric's
 * main unit are plotted; the others are listed, never mixed in. FX thread only.
 */
public final class AudienceViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(AudienceViewModel.class);

    /** The audience metrics, in the order offered; only those with figures are shown. */
    public static final List<String> METRICS = List.of("platform_reach_among_vod_consumers", "household_subscription_rate",
            "svod_service_use_among_internet_adults", "svod_household_penetration", "subscribers", "monthly_users",
            "svod_viewers_share_of_internet_users", "daily_svod_users", "svod_users_last_12_months");
    public static final String DEFAULT_METRIC = METRICS.get(0);
    /** The key of figures about the whole market ("all", "all SVOD"). */
    public static final String MARKET = "market";

    /** One point: where it sits in time (fractional year) and the figure. */
    public record Point(double x, double y, Fact fact) {
    }

    /** One line of the chart. */
    public record Series(String key, String name, String colour, List<Point> points) {
    }

    private final FactRepository facts;
    private final PlatformRepository platforms;
    private final BackgroundTasks tasks;
    private final LinkOpener links;
    private final ObjectProperty<String> metric = new SimpleObjectProperty<>(this, "metric", DEFAULT_METRIC);
    private final ObservableList<String> metrics = FXCollections.observableArrayList();
    private final ObservableList<Series> series = FXCollections.observableArrayList();
    private final ObservableSet<String> hidden = FXCollections.observableSet();
    private final ObservableList<Fact> figures = FXCollections.observableArrayList();
    private final ObservableList<Fact> notPlotted = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper unit = new ReadOnlyStringWrapper(this, "unit", "");
    private final ReadOnlyObjectWrapper<UiMessage> message = new ReadOnlyObjectWrapper<>(this, "message");
    private List<Fact> all = List.of();
    private Map<String, Platform> byId = Map.of();

    public AudienceViewModel(FactRepository facts, PlatformRepository platforms, BackgroundTasks tasks, LinkOpener links,
                             DataEvents events) {
        this.facts = facts;
        this.platforms = platforms;
        this.tasks = tasks;
        this.links = links;
        metric.addListener(o -> rebuild());
        events.versionProperty().addListener(o -> load());
    }

    private record Loaded(List<Fact> facts, List<Platform> platforms) {
    }

    public void load() {
        tasks.task(() -> new Loaded(facts.all(), platforms.all()))
                .onSuccess(l -> {
                    all = l.facts();
                    byId = l.platforms().stream().collect(Collectors.toMap(Platform::id, Function.identity()));
                    metrics.setAll(METRICS.stream().filter(m -> all.stream().anyMatch(f -> f.metric().equals(m))).toList());
                    rebuild();
                })
                .onFailure(e -> {
                    LOG.warn("Loading the audience figures failed", e);
                    message.set(new UiMessage("audience.error.load", String.valueOf(e.getMessage())));
                })
                .start();
    }

    private void rebuild() {
        String m = metric.get();
        List<Fact> of = all.stream().filter(f -> f.metric().equals(m))
                .sorted(Comparator.comparing(Fact::platformLabel).thenComparing(Fact::period, Periods.NEWEST_FIRST.reversed()))
                .toList();
        String main = of.stream().collect(Collectors.groupingBy(Fact::unit, LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        Map<String, List<Point>> points = new LinkedHashMap<>();
        List<Fact> left = new ArrayList<>();
        for (Fact f : of) {
            OptionalDouble x = Periods.at(f.period());
            if (!f.unit().equals(main) || x.isEmpty() || f.low() == null) {
                left.add(f);
                continue;
            }
            // A range is plotted at its middle; its ends are in the tooltip and the table.
            double y = f.isRange() ? (f.low() + f.high()) / 2 : f.low();
            points.computeIfAbsent(key(f), k -> new ArrayList<>()).add(new Point(x.getAsDouble(), y, f));
        }
        List<Series> out = new ArrayList<>();
        points.forEach((k, p) -> {
            p.sort(Comparator.comparingDouble(Point::x));
            Platform pl = byId.get(k);
            out.add(new Series(k, pl != null ? pl.name() : k.equals(MARKET) ? MARKET : p.get(0).fact().platformLabel(),
                    pl != null ? pl.colour() : null, List.copyOf(p)));
        });
        out.sort(Comparator.comparingDouble((Series s) -> -s.points().get(s.points().size() - 1).y()));
        unit.set(main);
        figures.setAll(of);
        notPlotted.setAll(left);
        series.setAll(out);
    }

    /** Platform id, "market" for the whole market, or the label the source used. */
    static String key(Fact f) {
        if (f.platformId() != null) {
            return f.platformId();
        }
        String l = f.platformLabel().toLowerCase(java.util.Locale.ROOT);
        return l.equals("all") || l.startsWith("all ") ? MARKET : f.platformLabel();
    }

    public void show(String key, boolean shown) {
        if (shown) {
            hidden.remove(key);
        } else {
            hidden.add(key);
        }
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

    /** The audience metrics that have figures. */
    public ObservableList<String> metrics() {
        return metrics;
    }

    /** The lines, highest last value first. */
    public ObservableList<Series> series() {
        return series;
    }

    /** The keys of the series the user hid. */
    public ObservableSet<String> hidden() {
        return hidden;
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
