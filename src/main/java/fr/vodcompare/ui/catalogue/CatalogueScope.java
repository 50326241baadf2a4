package fr.vodcompare.ui.catalogue;

import fr.vodcompare.model.Snapshot;
import fr.vodcompare.store.TitleFilter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which catalogues the catalogue screen lists: each platform's current one, that is its newest snapshot in a
 * territory (by default the territory of the newest snapshot of all, which the screen states), or every title of
 * one snapshot chosen among each platform's snapshots. FX thread only, except {@link #read()}.
 */
public final class CatalogueScope {
    private final Callable<List<Snapshot>> source;
    private final ObservableList<Snapshot> snapshots = FXCollections.observableArrayList();
    private final ObservableList<String> territories = FXCollections.observableArrayList();
    private final ObjectProperty<String> territory = new SimpleObjectProperty<>(this, "territory");
    private final ObjectProperty<Snapshot> snapshot = new SimpleObjectProperty<>(this, "snapshot");
    private final ReadOnlyObjectWrapper<Snapshot> newest = new ReadOnlyObjectWrapper<>(this, "newest");

    /** @param source every snapshot of the store, each platform's newest first (read on a worker) */
    public CatalogueScope(Callable<List<Snapshot>> source) {
        this.source = source;
    }

    /** No snapshot to choose: each platform's newest snapshot, as before history. */
    static CatalogueScope none() {
        return new CatalogueScope(List::of);
    }

    /** Reads the snapshots. Worker thread. */
    List<Snapshot> read() throws Exception {
        return source.call();
    }

    /** The newest snapshot of all (latest date, then the latest import), if any. */
    static Optional<Snapshot> newestOf(List<Snapshot> all) {
        return all.stream().max(Comparator.comparing(Snapshot::asOf).thenComparing(Snapshot::id));
    }

    /** The territory the current catalogues are taken in: the one chosen, else the newest snapshot's. */
    public static String territory(String chosen, List<Snapshot> all) {
        return chosen != null ? chosen : newestOf(all).map(Snapshot::territory).orElse(null);
    }

    /** Shows what was read; a snapshot chosen that is gone (deleted, replaced) goes back to the current catalogues. */
    void loaded(List<Snapshot> all) {
        // before the lists change: a control showing them may clear its value meanwhile
        Snapshot chosen = snapshot.get();
        String inTerritory = territory.get();
        snapshots.setAll(all);
        territories.setAll(all.stream().map(Snapshot::territory).distinct().sorted().toList());
        newest.set(newestOf(all).orElse(null));
        snapshot.set(chosen == null ? null : all.stream().filter(s -> s.id() == chosen.id()).findFirst().orElse(null));
        territory.set(territories.contains(inTerritory) ? inTerritory : null);
    }

    /**
     * The filter narrowed to the scope: one snapshot (whose platform it is: the platform boxes do not apply), or the
     * current catalogues in the territory.
     */
    TitleFilter apply(TitleFilter f) {
        return apply(f, snapshot.get(), territory.get(), snapshots);
    }

    /** {@code f} narrowed to a scope: the snapshot {@code chosen}, else the current catalogues in the territory. */
    static TitleFilter apply(TitleFilter f, Snapshot chosen, String territory, List<Snapshot> all) {
        if (chosen != null) {
            return f.withPlatforms(List.of()).withSnapshot(chosen.id());
        }
        return f.withTerritory(territory(territory, all));
    }

    /** The titles the catalogue shows in all: those of the snapshot chosen, else {@code current} (the current catalogues'). */
    int total(int current) {
        Snapshot s = snapshot.get();
        return s != null ? s.titleCount() : current;
    }

    /** Every snapshot, each platform's newest first. */
    public ObservableList<Snapshot> snapshots() {
        return snapshots;
    }

    /** The territories of the snapshots. */
    public ObservableList<String> territories() {
        return territories;
    }

    /** The territory chosen for the current catalogues; null for the default (the newest snapshot's). */
    public ObjectProperty<String> territoryProperty() {
        return territory;
    }

    /** The snapshot whose titles show; null for each platform's current catalogue. */
    public ObjectProperty<Snapshot> snapshotProperty() {
        return snapshot;
    }

    /** The newest snapshot of all, whose territory is the default; null before loading or without catalogues. */
    public ReadOnlyObjectProperty<Snapshot> newestProperty() {
        return newest.getReadOnlyProperty();
    }
}
