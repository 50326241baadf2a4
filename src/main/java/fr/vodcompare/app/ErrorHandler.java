package fr.vodcompare.app;

import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Views;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default uncaught-exception handler: logs the stack trace once and tells the user, in a short
 * dialog, that something went wrong and where the details are. One dialog at a time.
 */
final class ErrorHandler implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

    private final Stage owner;
    private final Supplier<Messages> messages;
    private final Path logFile;
    private boolean showing;

    private ErrorHandler(Stage owner, Supplier<Messages> messages, Path logFile) {
        this.owner = owner;
        this.messages = messages;
        this.logFile = logFile;
    }

    static void install(Stage owner, Supplier<Messages> messages, Path logFile) {
        ErrorHandler h = new ErrorHandler(owner, messages, logFile);
        Thread.setDefaultUncaughtExceptionHandler(h);
        Thread.currentThread().setUncaughtExceptionHandler(h);
    }

    @Override
    public void uncaughtException(Thread t, Throwable e) {
        LOG.error("Unexpected error on thread {}", t.getName(), e);
        if (Platform.isFxApplicationThread()) {
            show(e);
        } else {
            Platform.runLater(() -> show(e));
        }
    }

    private void show(Throwable e) {
        if (showing) {
            return;
        }
        showing = true;
        try {
            Messages m = messages.get();
            String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            Views.error(owner.isShowing() ? owner : null, m, m.get("error.unexpected"),
                    m.format("error.unexpected.detail", what, logFile.toString()));
        } catch (RuntimeException again) {
            LOG.error("The error dialog itself failed", again);
        } finally {
            showing = false;
        }
    }
}
