package fr.vodcompare.app;

import fr.vodcompare.ingest.StoreSetup;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.StoreException;
import fr.vodcompare.store.StoreSetAside;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.Failures;
import fr.vodcompare.ui.UiMessage;
import fr.vodcompare.ui.shell.ShellViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the user's store at start, in the background, building it from the bundled data the first time. When it
 * cannot be opened (a corrupt file, a store from a newer version), the window says why and offers to set the file
 * aside ({@link StoreSetAside}) and start again from the bundled data, with the usual progress. FX thread only;
 * the work runs on the tasks.
 */
final class StoreStartup {
    private static final Logger LOG = LoggerFactory.getLogger(StoreStartup.class);

    private final Path file;
    private final Path log;
    private final BackgroundTasks tasks;
    private final ShellViewModel shell;
    private final Consumer<Store> opened;
    private final Clock clock;

    /**
     * @param file   the store file
     * @param log    the log file, named in the message when opening fails
     * @param opened called on the FX thread with the open store
     */
    StoreStartup(Path file, Path log, BackgroundTasks tasks, ShellViewModel shell, Consumer<Store> opened, Clock clock) {
        this.file = file;
        this.log = log;
        this.tasks = tasks;
        this.shell = shell;
        this.opened = opened;
        this.clock = clock;
    }

    private record Attempt(Store store, Exception error, boolean fileExists) {
    }

    /**
     * Opens (or builds) the store in the background, or takes over the opening the launcher began ({@link EarlyStore});
     * the shell follows: building, then ready or failed. When that opening is already over, the store is handed to
     * {@code opened} at once, before this returns (so that the window is made once, with its screens).
     */
    void open() {
        EarlyStore early = EarlyStore.take(file);
        Store already = early != null ? early.openedAlready() : null;
        if (already != null) {
            opened.accept(already);
            return;
        }
        tasks.task(() -> {
            try {
                java.util.function.Consumer<String> status =
                        what -> tasks.onUi(what.startsWith("restoring") ? shell::restoring : shell::building);
                return new Attempt(early != null ? early.await(status) : StoreSetup.open(file, status), null, true);
            } catch (Exception e) {
                // a store another program holds (a command loading a large catalogue) is sound: never offered to set aside
                return new Attempt(null, e, Files.exists(file) && reason(e) != StoreException.Reason.BUSY);
            }
        }).onSuccess(a -> {
            if (a.store() != null) {
                opened.accept(a.store());
                return;
            }
            LOG.error("Opening the store {} failed", file, a.error());
            shell.failed(new UiMessage(problemKey(a.error()), file, Failures.words(a.error()), log), a.fileExists());
        }).onFailure(e -> {
            LOG.error("Opening the store {} failed", file, e);
            shell.failed(new UiMessage("startup.failed", file, Failures.words(e), log), false);
        }).start();
    }

    /** The message for why the store did not open: a damaged file, a newer version's store, one in use, in plain words. */
    static String problemKey(Throwable e) {
        switch (reason(e)) {
            case NEWER_VERSION:
                return "startup.failed.newer";
            case DAMAGED:
                return "startup.failed.damaged";
            case BUSY:
                return "startup.failed.busy";
            default:
                return "startup.failed";
        }
    }

    /** The first reason other than OTHER that a store exception in {@code e}'s causes gives, else OTHER. */
    private static StoreException.Reason reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StoreException se && se.reason() != StoreException.Reason.OTHER) {
                return se.reason();
            }
        }
        return StoreException.Reason.OTHER;
    }

    /** The user's choice after a failure: renames the store file (nothing is deleted), then builds a new one. */
    void setAsideAndOpen() {
        tasks.task(() -> StoreSetAside.setAside(file, LocalDateTime.now(clock)))
                .onSuccess(aside -> {
                    shell.openingAgain(new UiMessage("status.setAside", aside));
                    open();
                })
                .onFailure(e -> {
                    LOG.error("Setting the store {} aside failed", file, e);
                    shell.failed(new UiMessage("startup.setAsideFailed", file, String.valueOf(e.getMessage()), log), false);
                })
                .start();
    }
}
