package fr.vodcompare.ui.data;

import fr.vodcompare.ingest.StoreSetup;
import fr.vodcompare.ingest.WorkMatching;
import fr.vodcompare.model.Platform;
import fr.vodcompare.model.Snapshot;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.TitleQueries;
import fr.vodcompare.store.Top10Repository;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.DataEvents;
import fr.vodcompare.ui.Failures;
import fr.vodcompare.ui.UiMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Data screen: platforms (rename, colour, delete) and catalogue snapshots (delete), and restoring the
 * bundled data. Every change is one write in the background, then every screen reloads. FX thread only.
 */
public final class DataViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(DataViewModel.class);

    /** A platform and what the store holds of it. */
    public record PlatformRow(Platform platform, int snapshots, int titles) {
    }

    private final Store store;
    private final BackgroundTasks tasks;
    private final DataEvents events;
    private final ObservableList<PlatformRow> platforms = FXCollections.observableArrayList();
    private final ObservableList<Snapshot> snapshots = FXCollections.observableArrayList();
    private final ObservableList<Top10Repository.StoredFile> top10Files = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<UiMessage> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final ReadOnlyObjectWrapper<UiMessage> problem = new ReadOnlyObjectWrapper<>(this, "problem");

    public DataViewModel(Store store, BackgroundTasks tasks, DataEvents events) {
        this.store = store;
        this.tasks = tasks;
        this.events = events;
        events.versionProperty().addListener(o -> load());
    }

    private record Loaded(List<PlatformRow> platforms, List<Snapshot> snapshots, List<Top10Repository.StoredFile> top10) {
    }

    public void load() {
        tasks.task(() -> {
            List<Snapshot> snaps = store.catalogue().snapshots();
            List<TitleQueries.PlatformCount> counts = store.titles().platformCounts();
            List<PlatformRow> rows = new ArrayList<>();
            for (Platform p : store.platforms().all()) {
                int n = (int) snaps.stream().filter(s -> s.platformId().equals(p.id())).count();
                int titles = counts.stream().filter(c -> c.platformId().equals(p.id())).mapToInt(TitleQueries.PlatformCount::titles)
                        .sum();
                rows.add(new PlatformRow(p, n, titles));
            }
            return new Loaded(rows, snaps, store.top10().files());
        }).onSuccess(l -> {
            platforms.setAll(l.platforms());
            snapshots.setAll(l.snapshots());
            top10Files.setAll(l.top10());
        }).onFailure(e -> fail("data.error.load", e)).start();
    }

    /** Renames a platform; a blank name is refused. */
    public boolean rename(String id, String name) {
        if (name == null || name.isBlank()) {
            problem.set(new UiMessage("data.check.name"));
            return false;
        }
        write(() -> {
            store.platforms().rename(id, name.strip());
            return null;
        }, new UiMessage("data.done.renamed", name.strip()));
        return true;
    }

    /** Sets a platform's colour, as #RRGGBB. */
    public boolean setColour(String id, String colour) {
        if (colour == null || !colour.matches("#[0-9A-Fa-f]{6}")) {
            problem.set(new UiMessage("data.check.colour"));
            return false;
        }
        write(() -> {
            store.platforms().setColour(id, colour.toUpperCase(java.util.Locale.ROOT));
            return null;
        }, new UiMessage("data.done.colour"));
        return true;
    }

    /** Deletes a platform with its catalogues and originals (its figures stay, under the source’s name). */
    public void deletePlatform(PlatformRow row) {
        write(() -> {
            store.platforms().delete(row.platform().id());
            WorkMatching.rematch(store, row.platform().id());
            return null;
        }, new UiMessage("data.done.platformDeleted", row.platform().name()));
    }

    public void deleteSnapshot(Snapshot s) {
        write(() -> {
            store.catalogue().deleteSnapshot(s.id());
            WorkMatching.rematch(store, s.platformId());
            return null;
        }, new UiMessage("data.done.snapshotDeleted", s.platformId(), s.asOf()));
    }

    /** Deletes an imported Netflix Top 10 file and the weekly lists it added. */
    public void deleteTop10File(Top10Repository.StoredFile f) {
        write(() -> {
            store.top10().deleteFile(f.id());
            return null;
        }, new UiMessage("data.done.top10Deleted", f.fileName()));
    }

    /** Reloads the bundled data (what was deleted of it comes back); the user's imports stay. */
    public void restoreBundled() {
        write(() -> StoreSetup.rebuild(store), new UiMessage("data.done.restored"));
    }

    private void write(Callable<?> work, UiMessage done) {
        busy.set(true);
        problem.set(null);
        message.set(null);
        tasks.task(work).onSuccess(r -> {
            busy.set(false);
            message.set(done);
            events.changed();
        }).onFailure(e -> {
            busy.set(false);
            fail("data.error.write", e);
        }).start();
    }

    private void fail(String key, Throwable e) {
        LOG.warn("Data screen: {}", key, e);
        problem.set(new UiMessage(key, Failures.words(e)));
    }

    public ObservableList<PlatformRow> platforms() {
        return platforms;
    }

    public ObservableList<Snapshot> snapshots() {
        return snapshots;
    }

    /** The imported Netflix Top 10 files, newest first. */
    public ObservableList<Top10Repository.StoredFile> top10Files() {
        return top10Files;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last change did, or null. */
    public ReadOnlyObjectProperty<UiMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last change was refused or failed, or null. */
    public ReadOnlyObjectProperty<UiMessage> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
