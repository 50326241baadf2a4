package fr.vodcompare.ui.catalogue;

import fr.vodcompare.store.CatalogueStatsQueries;
import fr.vodcompare.model.CurrentSnapshot;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.DataEvents;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scope of the titles the catalogue lists: each platform's current snapshot (date, territory, source),
 * read again whenever the data changes. FX thread only; the store is read in the background.
 */
public final class CatalogueSources {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogueSources.class);

    private final CatalogueStatsQueries queries;
    private final BackgroundTasks tasks;
    private final ObservableList<CurrentSnapshot> snapshots = FXCollections.observableArrayList();

    public CatalogueSources(CatalogueStatsQueries queries, BackgroundTasks tasks, DataEvents events) {
        this.queries = queries;
        this.tasks = tasks;
        events.versionProperty().addListener((o, was, now) -> load());
    }

    /** Reads the current snapshots; call once the store is open. */
    public void load() {
        tasks.task(queries::currentSnapshots)
                .onSuccess(snapshots::setAll)
                .onFailure(e -> LOG.warn("Reading the current snapshots failed", e))
                .start();
    }

    /** Each platform's current snapshot, in registry order. */
    public ObservableList<CurrentSnapshot> snapshots() {
        return snapshots;
    }

    /**
     * A snapshot as the screens state their scope: "Netflix, Kaggle: Netflix Movies and TV Shows (…), as of
     * 25 Sept 2021, territory not stated (likely US)".
     */
    public static String describe(fr.vodcompare.ui.Messages m, CurrentSnapshot s, String platformName) {
        return scope(m, platformName, s.sourceName(), s.asOf(), CatalogueNotices.territory(m, s.territory()));
    }

    /** A catalogue's scope in words; a catalogue imported without a source's name says none (no empty place). */
    static String scope(fr.vodcompare.ui.Messages m, String platformName, String sourceName, java.time.LocalDate asOf,
                        String territory) {
        // a catalogue imported without a source's name is recorded under its platform's name: said once, not twice
        return sourceName == null || sourceName.isBlank() || sourceName.strip().equalsIgnoreCase(platformName)
                ? m.format("catalogue.scope.platform.unsourced", platformName, m.date(asOf), territory)
                : m.format("catalogue.scope.platform", platformName, sourceName, m.date(asOf), territory);
    }

    /** The current snapshot of {@code platformId}, if it has one. */
    public Optional<CurrentSnapshot> of(String platformId) {
        return snapshots.stream().filter(s -> s.platformId().equals(platformId)).findFirst();
    }
}
