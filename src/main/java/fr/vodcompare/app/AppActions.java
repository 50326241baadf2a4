package fr.vodcompare.app;

import fr.vodcompare.store.Database;
import fr.vodcompare.ui.Failures;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Screen;
import fr.vodcompare.ui.Views;
import fr.vodcompare.ui.shell.ShellViewModel.ScreenId;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the menus and the window do, once the store is open. FX thread only. */
final class AppActions implements MainWindow.Actions {
    private static final Logger LOG = LoggerFactory.getLogger(AppActions.class);
    private final AppContext context;
    private final Stage stage;
    private final Supplier<Messages> messages;

    AppActions(AppContext context, Stage stage, Supplier<Messages> messages) {
        this.context = context;
        this.stage = stage;
        this.messages = messages;
    }

    @Override
    public Screen create(ScreenId id, Messages m) {
        return context.create(id, m);
    }

    @Override
    public void openImport(Boolean facts, Path file) {
        context.openImport(stage, messages.get(), facts, file);
    }

    @Override
    public void about() {
        new AboutDialog(stage, messages.get(), context.store().database().file(), AppPaths.logFile(), context.links()).show();
    }

    @Override
    public void checkStore() {
        Database db = context.store().database();
        context.tasks().task(db::check).onSuccess(problems -> {
            Messages m = messages.get();
            boolean ok = problems.isEmpty();
            Alert a = new Alert(ok ? Alert.AlertType.INFORMATION : Alert.AlertType.ERROR, ok
                    ? m.format("check.ok.detail", db.file().toString())
                    : m.format("check.damaged.detail", db.file().toString(), problems.size(), problems.get(0)),
                    new ButtonType(m.get("button.ok"), ButtonBar.ButtonData.OK_DONE));
            a.initOwner(stage);
            a.setTitle(m.get("app.name"));
            a.setHeaderText(m.get(ok ? "check.ok" : "check.damaged"));
            a.getDialogPane().setId("check-result");
            a.show();
        }).onFailure(e -> {
            LOG.error("Checking the store {} failed", db.file(), e);
            Messages m = messages.get();
            Views.error(stage, m, m.get("check.failed"), Failures.text(e, m));
        }).start();
    }

    @Override
    public void quit() {
        stage.close();
        Platform.exit();
    }

    @Override
    public String storeStatus(Messages m) {
        return m.format("status.store", context.store().database().file().toString());
    }
}
