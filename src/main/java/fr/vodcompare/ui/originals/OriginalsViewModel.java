package fr.vodcompare.ui.originals;

import fr.vodcompare.model.Kind;
import fr.vodcompare.model.Original;
import fr.vodcompare.model.Platform;
import fr.vodcompare.store.OriginalRepository;
import fr.vodcompare.store.PlatformRepository;
import fr.vodcompare.files.AtomicFiles;
import fr.vodcompare.files.CsvWriter;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.DataEvents;
import fr.vodcompare.ui.Failures;
import fr.vodcompare.ui.LinkOpener;
import fr.vodcompare.ui.UiMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platforms' original productions on a timeline: one lane per platform, one column per year,
 * released and announced told apart, filterable by platform, status and kind. FX thread only.
 */
public final class OriginalsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(OriginalsViewModel.class);
    public static final String RELEASED = "released";
    public static final String ANNOUNCED = "announced";

    /** One platform's lane: its originals by year (null year: not dated), years ascending. */
    public record Lane(String platformId, String platformName, String colour, Map<Integer, List<Original>> byYear) {
    }

    private final OriginalRepository originals;
    private final PlatformRepository platforms;
    private final BackgroundTasks tasks;
    private final LinkOpener links;
    private final ObjectProperty<String> platform = new SimpleObjectProperty<>(this, "platform");
    private final ObjectProperty<String> status = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObservableList<Platform> platformChoices = FXCollections.observableArrayList();
    private final ObservableList<Original> shown = FXCollections.observableArrayList();
    private final ObservableList<Lane> lanes = FXCollections.observableArrayList();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Original> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<UiMessage> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final ReadOnlyObjectWrapper<Scope> scope = new ReadOnlyObjectWrapper<>(this, "scope");
    private List<Original> all = List.of();
    private Map<String, Platform> byId = Map.of();

    public OriginalsViewModel(OriginalRepository originals, PlatformRepository platforms, BackgroundTasks tasks,
                              LinkOpener links, DataEvents events) {
        this.originals = originals;
        this.platforms = platforms;
        this.tasks = tasks;
        this.links = links;
        platform.addListener(o -> refilter());
        status.addListener(o -> refilter());
        kind.addListener(o -> refilter());
        events.versionProperty().addListener(o -> load());
    }

    private record Loaded(List<Original> originals, List<Platform> platforms) {
    }

    /**
     * What the whole list holds, whatever the filters: how many originals, of which platforms, over which years, from
     * how many distinct sources (links).
     *
     * @param firstYear the earliest year, or null when no original has one
     */
    public record Scope(int originals, List<String> platformNames, Integer firstYear, Integer lastYear, int sources) {
    }

    public void load() {
        tasks.task(() -> new Loaded(originals.all(), platforms.all()))
                .onSuccess(l -> {
                    all = l.originals();
                    Map<String, Platform> map = new LinkedHashMap<>();
                    l.platforms().forEach(p -> map.put(p.id(), p));
                    byId = map;
                    platformChoices.setAll(l.platforms().stream()
                            .filter(p -> all.stream().anyMatch(o -> o.platformId().equals(p.id()))).toList());
                    scope.set(scopeOf(all, platformChoices));
                    refilter();
                })
                .onFailure(e -> {
                    LOG.warn("Loading the originals failed", e);
                    message.set(new UiMessage("originals.error.load", Failures.words(e)));
                })
                .start();
    }

    private void refilter() {
        List<Original> list = all.stream()
                .filter(o -> platform.get() == null || platform.get().equals(o.platformId()))
                .filter(o -> status.get() == null || status.get().equals(o.status()))
                .filter(o -> kind.get() == null || kind.get() == o.kind())
                .sorted(Comparator.comparing((Original o) -> o.year() == null ? Integer.MAX_VALUE : o.year())
                        .thenComparing(Original::platformId).thenComparing(Original::title))
                .toList();
        shown.setAll(list);
        List<Lane> out = new ArrayList<>();
        for (Platform p : byId.values()) {
            Map<Integer, List<Original>> byYear = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
            list.stream().filter(o -> o.platformId().equals(p.id()))
                    .forEach(o -> byYear.computeIfAbsent(o.year(), y -> new ArrayList<>()).add(o));
            if (!byYear.isEmpty()) {
                out.add(new Lane(p.id(), p.name(), p.colour(), byYear));
            }
        }
        years.setAll(yearsOf(list));
        lanes.setAll(out);
        if (selected.get() != null && !list.contains(selected.get())) {
            selected.set(null);
        }
    }

    /** Every year from the first to the last (so gaps show), then null when an original has no year. */
    private static List<Integer> yearsOf(List<Original> list) {
        List<Integer> ys = list.stream().map(Original::year).filter(Objects::nonNull).sorted().toList();
        List<Integer> out = new ArrayList<>();
        if (!ys.isEmpty()) {
            for (int y = ys.get(0); y <= ys.get(ys.size() - 1); y++) {
                out.add(y);
            }
        }
        if (list.stream().anyMatch(o -> o.year() == null)) {
            out.add(null);
        }
        return out;
    }

    static Scope scopeOf(List<Original> all, List<Platform> platforms) {
        List<Integer> years = all.stream().map(Original::year).filter(Objects::nonNull).sorted().toList();
        int sources = (int) all.stream().map(o -> o.source().url() != null ? o.source().url().strip() : o.source().citation())
                .distinct().count();
        return new Scope(all.size(), platforms.stream().map(Platform::name).toList(), years.isEmpty() ? null : years.get(0),
                years.isEmpty() ? null : years.get(years.size() - 1), sources);
    }

    /** The scope of the whole list (null until loaded). */
    public ReadOnlyObjectProperty<Scope> scopeProperty() {
        return scope.getReadOnlyProperty();
    }

    public String platformName(String id) {
        Platform p = byId.get(id);
        return p == null ? id : p.name();
    }

    public boolean openSource(Original o) {
        if (o == null || !o.source().isWeb()) {
            return false; // only web addresses are opened: a file's link could name a program or a local file
        }
        links.open(o.source().url());
        return true;
    }

    /** Writes the originals shown as CSV (the layout of data/originals.csv), in the background. */
    public void exportCsv(Path file, Consumer<Integer> done, Consumer<Throwable> failed) {
        List<Original> rows = new ArrayList<>(shown);
        tasks.task(() -> AtomicFiles.writeText(file, true, out -> {
            CsvWriter csv = new CsvWriter(out);
            csv.row("platform", "title", "kind", "announced_or_released", "year", "source", "source_url");
            for (Original o : rows) {
                csv.row(platformName(o.platformId()), o.title(), o.kind().code(), o.status(), o.year(), o.source().citation(),
                        o.source().url());
            }
            return rows.size();
        })).onSuccess(done::accept).onFailure(e -> {
            LOG.warn("Exporting the originals to {} failed", file, e);
            failed.accept(e);
        }).start();
    }

    /** Platform id shown, or null for all. */
    public ObjectProperty<String> platformProperty() {
        return platform;
    }

    /** "released", "announced", or null for both. */
    public ObjectProperty<String> statusProperty() {
        return status;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    /** The platforms that have originals. */
    public ObservableList<Platform> platformChoices() {
        return platformChoices;
    }

    /** The originals that pass the filters, oldest first. */
    public ObservableList<Original> shown() {
        return shown;
    }

    public ObservableList<Lane> lanes() {
        return lanes;
    }

    /** The timeline's columns. */
    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Original> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<UiMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }
}
