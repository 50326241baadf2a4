package fr.vodcompare.app;

import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Screen;
import fr.vodcompare.ui.shell.ShellViewModel.ScreenId;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;

/** What the menus and the window do, once the store is open. FX thread only. */
final class AppActions implements MainWindow.Actions {
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
    public void quit() {
        stage.close();
        Platform.exit();
    }

    @Override
    public String storeStatus(Messages m) {
        return m.format("status.store", context.store().database().file().toString());
    }
}
