package fr.vodcompare.ui.catalogue;

import fr.vodcompare.ingest.WorkMatching;
import fr.vodcompare.store.StoreException;
import fr.vodcompare.store.WorkRepository;
import fr.vodcompare.store.WorkRepository.OtherCopy;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.Failures;
import fr.vodcompare.ui.UiMessage;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The detail pane's "same work on other platforms": the titles matching paired with the selected title, each
 * with its rule and confidence, and the user's Confirm (one work) and Split (two works). A choice is kept by
 * platform and file key, so it survives rematch and rebuild; the title's platform is rematched at once.
 * Queries run in the background; FX thread only.
 */
public final class WorkCopiesViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(WorkCopiesViewModel.class);

    /** The title shown and the same work on other platforms. */
    public record Copies(long titleId, String platformId, List<OtherCopy> others) {
    }

    private final WorkRepository works;
    private final Rematcher rematch;
    private final BackgroundTasks tasks;
    private final javafx.beans.property.ReadOnlyLongWrapper choices = new javafx.beans.property.ReadOnlyLongWrapper(this, "choices");
    private final ObservableList<OtherCopy> others = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<UiMessage> message = new ReadOnlyObjectWrapper<>(this, "message");
    private long titleId = -1;
    private String platformId;

    /** Rematches one platform's pairs (the store's {@link WorkMatching#rematch(fr.vodcompare.store.Store, String)} in the app). */
    public interface Rematcher {
        void rematch(String platformId) throws StoreException;
    }

    public WorkCopiesViewModel(WorkRepository works, Rematcher rematch, BackgroundTasks tasks) {
        this.works = works;
        this.rematch = rematch;
        this.tasks = tasks;
    }

    /** Shows the other platforms' copies of a title (none for {@code -1}). */
    public void show(long id, String platform) {
        titleId = id;
        platformId = platform;
        others.clear();
        message.set(null);
        if (id < 0) {
            return;
        }
        tasks.task(() -> works.copiesOf(id)).onSuccess(list -> {
            if (titleId == id) {
                others.setAll(list);
            }
        }).onFailure(e -> failed(e)).start();
    }

    /** The user's word: {@code other} and the title shown are one work ({@code confirm}) or two works. */
    public void choose(OtherCopy other, boolean confirm) {
        long id = titleId;
        String platform = platformId;
        if (id < 0 || other == null) {
            return;
        }
        tasks.task(() -> {
            works.choose(id, other.id(), confirm);
            rematch.rematch(platform);
            return works.copiesOf(id);
        }).onSuccess(list -> {
            if (titleId == id) {
                others.setAll(list);
            }
            message.set(new UiMessage(confirm ? "work.done.confirmed" : "work.done.split", other.name()));
            choices.set(choices.get() + 1);
        }).onFailure(this::failed).start();
    }

    private void failed(Throwable e) {
        LOG.warn("Works across platforms failed", e);
        message.set(new UiMessage("work.error", Failures.words(e)));
    }

    /** Grows by one after each Confirm or Split has been stored and rematched (the Compare overlap listens). */
    public javafx.beans.property.ReadOnlyLongProperty choicesProperty() {
        return choices.getReadOnlyProperty();
    }

    public ObservableList<OtherCopy> others() {
        return others;
    }

    public ReadOnlyObjectProperty<UiMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }
}
