package fr.vodcompare.ui.compare;

import fr.vodcompare.analysis.Overlap;
import fr.vodcompare.analysis.Overlap.PairOverlap;
import fr.vodcompare.analysis.Overlap.SharedTitle;
import fr.vodcompare.model.Normalise;
import fr.vodcompare.store.Store;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.Failures;
import fr.vodcompare.ui.UiMessage;
import java.util.ArrayList;
import java.util.List;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compare's overlap: for the platforms chosen, every pair's shared, only-A, only-B and ambiguous counts
 * (from {@link Overlap}, the works matched by rematch), and the chosen pair's shared works (then its ambiguous
 * pairs), searchable by either platform's title. The query runs in the background; FX thread only.
 */
public final class OverlapViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(OverlapViewModel.class);

    private final Store store;
    private final BackgroundTasks tasks;
    private final ObservableList<PairOverlap> pairs = FXCollections.observableArrayList();
    private final ObjectProperty<PairOverlap> pair = new SimpleObjectProperty<>(this, "pair");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<SharedTitle> shown = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyObjectWrapper<UiMessage> message = new ReadOnlyObjectWrapper<>(this, "message");
    private long generation;
    /** The chosen pair's shared works then its ambiguous pairs, as read for it. */
    private List<SharedTitle> titles = List.of();
    private long titlesGeneration;
    /** True while {@link #load} sets the pair itself (it then reads the pair's titles once). */
    private boolean settingPair;

    public OverlapViewModel(Store store, BackgroundTasks tasks) {
        this.store = store;
        this.tasks = tasks;
        pair.addListener(o -> {
            if (!settingPair) {
                loadTitles();
            }
        });
        search.addListener(o -> filter());
    }

    /**
     * Reads the overlap of every two of {@code platforms} (ids) in the background, counted in the store, then the chosen
     * pair's works; an older answer is dropped.
     */
    public void load(List<String> platforms) {
        long gen = ++generation;
        List<String> ids = List.copyOf(platforms);
        loading.set(true);
        tasks.task(() -> ids.size() < 2 ? List.<PairOverlap>of() : Overlap.counts(store, null, ids)).onSuccess(list -> {
            if (gen != generation) {
                return;
            }
            loading.set(false);
            message.set(null);
            PairOverlap was = pair.get();
            settingPair = true;
            try {
                pairs.setAll(list);
                pair.set(list.stream().filter(p -> was != null && p.a().equals(was.a()) && p.b().equals(was.b())).findFirst()
                        .orElse(list.isEmpty() ? null : list.get(0)));
            } finally {
                settingPair = false;
            }
            loadTitles();
        }).onFailure(e -> {
            if (gen == generation) {
                loading.set(false);
                LOG.warn("Reading the overlap failed", e);
                message.set(new UiMessage("compare.overlap.error", Failures.words(e)));
            }
        }).start();
    }

    /** Reads the chosen pair's works in the background (only that pair's: a big catalogue has tens of thousands). */
    private void loadTitles() {
        long gen = ++titlesGeneration;
        PairOverlap p = pair.get();
        if (p == null) {
            titles = List.of();
            filter();
            return;
        }
        loading.set(true);
        tasks.task(() -> Overlap.between(store, null, p.a(), p.b())).onSuccess(o -> {
            if (gen != titlesGeneration) {
                return;
            }
            loading.set(false);
            List<SharedTitle> all = new ArrayList<>(o.titles());
            all.addAll(o.ambiguousPairs());
            titles = all;
            filter();
        }).onFailure(e -> {
            if (gen == titlesGeneration) {
                loading.set(false);
                LOG.warn("Reading the overlap's works failed", e);
                message.set(new UiMessage("compare.overlap.error", Failures.words(e)));
            }
        }).start();
    }

    private void filter() {
        PairOverlap p = pair.get();
        if (p == null) {
            shown.clear();
            return;
        }
        String want = Normalise.text(search.get());
        List<SharedTitle> out = new ArrayList<>();
        for (SharedTitle t : titles) {
            if (want.isEmpty() || Normalise.text(t.title()).contains(want) || Normalise.text(t.titleB()).contains(want)) {
                out.add(t);
            }
        }
        shown.setAll(out);
    }

    /** Every pair of the platforms chosen (A's id sorts first). */
    public ObservableList<PairOverlap> pairs() {
        return pairs;
    }

    /** The pair whose works are listed. */
    public ObjectProperty<PairOverlap> pairProperty() {
        return pair;
    }

    /** Words to look for in either title (case, accents and punctuation ignored). */
    public StringProperty searchProperty() {
        return search;
    }

    /** The chosen pair's shared works, then its ambiguous pairs, that the search finds. */
    public ObservableList<SharedTitle> shown() {
        return shown;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }
}
