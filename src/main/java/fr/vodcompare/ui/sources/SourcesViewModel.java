package fr.vodcompare.ui.sources;

import fr.vodcompare.ingest.FactsReader;
import fr.vodcompare.model.Fact;
import fr.vodcompare.store.FactRepository;
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
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ObjectProperty;
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

/** Every fact in the store with its source, filtered by words, metric and subject. FX thread only. */
public final class SourcesViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(SourcesViewModel.class);

    private final FactRepository facts;
    private final BackgroundTasks tasks;
    private final LinkOpener links;
    private final ObservableList<Fact> all = FXCollections.observableArrayList();
    private final FilteredList<Fact> shown = new FilteredList<>(all);
    private final IntegerBinding shownCount = Bindings.size(shown);
    private final IntegerBinding totalCount = Bindings.size(all);
    private final ObservableList<String> metrics = FXCollections.observableArrayList();
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<String> metric = new SimpleObjectProperty<>(this, "metric");
    private final ReadOnlyObjectWrapper<UiMessage> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final ObjectProperty<UnaryOperator<String>> metricNames = new SimpleObjectProperty<>(this, "metricNames", m -> m);

    public SourcesViewModel(FactRepository facts, BackgroundTasks tasks, LinkOpener links, DataEvents events) {
        this.facts = facts;
        this.tasks = tasks;
        this.links = links;
        text.addListener(o -> refilter());
        metric.addListener(o -> refilter());
        metricNames.addListener(o -> refilter());
        events.versionProperty().addListener(o -> load());
    }

    public void load() {
        tasks.task(facts::all)
                .onSuccess(list -> {
                    all.setAll(list);
                    metrics.setAll(list.stream().map(Fact::metric).distinct().sorted().toList());
                    if (metric.get() != null && !metrics.contains(metric.get())) {
                        metric.set(null);
                    }
                    refilter();
                })
                .onFailure(e -> {
                    LOG.warn("Loading the facts failed", e);
                    message.set(new UiMessage("sources.error.load", Failures.words(e)));
                })
                .start();
    }

    private void refilter() {
        String[] words = text.get() == null ? new String[0] : text.get().toLowerCase(Locale.ROOT).strip().split("\\s+");
        String chosen = metric.get();
        shown.setPredicate(f -> (chosen == null || chosen.equals(f.metric())) && matches(f, words));
    }

    private boolean matches(Fact f, String[] words) {
        String hay = String.join(" ", Arrays.asList(f.metric(), metricNames.get().apply(f.metric()), f.platformLabel(),
                f.period(), f.valueText(), f.unit(), f.source().citation(), f.source().url() == null ? "" : f.source().url(),
                f.note() == null ? "" : f.note())).toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (!w.isEmpty() && !hay.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Opens the fact's source in the browser; false when it has no link. */
    public boolean openSource(Fact f) {
        if (f == null || !f.source().isWeb()) {
            return false; // only web addresses are opened: a file's link could name a program or a local file
        }
        links.open(f.source().url());
        return true;
    }

    /** Writes the facts shown to a CSV file in the layout {@code import facts} reads, in the background. */
    public void exportCsv(Path file, Consumer<Integer> done, Consumer<Throwable> failed) {
        List<Fact> rows = new ArrayList<>(shown);
        tasks.task(() -> AtomicFiles.writeText(file, true, out -> {
            CsvWriter csv = new CsvWriter(out);
            csv.row(FactsReader.LAYOUT);
            for (Fact f : rows) {
                csv.row(f.metric(), f.platformLabel(), f.period(), f.valueText(), f.unit(), f.source().citation(),
                        f.source().url(), f.note(), f.status().code(), f.qualifier().sign(), f.scope(), f.publisher());
            }
            return rows.size();
        })).onSuccess(done::accept).onFailure(e -> {
            LOG.warn("Exporting the facts to {} failed", file, e);
            failed.accept(e);
        }).start();
    }

    public ObservableList<Fact> shown() {
        return shown;
    }

    public IntegerBinding shownCount() {
        return shownCount;
    }

    public IntegerBinding totalCount() {
        return totalCount;
    }

    public ObservableList<String> metrics() {
        return metrics;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The metric shown, or null for all. */
    public ObjectProperty<String> metricProperty() {
        return metric;
    }

    /** How the view names metrics, so that words typed in the user's language find them. */
    public ObjectProperty<UnaryOperator<String>> metricNamesProperty() {
        return metricNames;
    }

    public ReadOnlyObjectProperty<UiMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }
}
