package fr.vodcompare.app;

import fr.vodcompare.ingest.StoreSetup;
import fr.vodcompare.store.Store;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The window: shows at once, opens (or builds) the store in the background. */
public final class DesktopApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);
    private Store store;

    @Override
    public void start(Stage stage) {
        Label status = new Label("Opening the store…");
        VBox root = new VBox(12, new ProgressIndicator(), status);
        root.setPadding(new Insets(24));
        stage.setTitle("VOD Compare");
        stage.setScene(new Scene(root, 1200, 800));
        stage.show();
        Thread t = new Thread(() -> {
            try {
                Store s = StoreSetup.open(AppPaths.defaultStore(), what -> Platform.runLater(
                        () -> status.setText("Building the store from the bundled data (first start)…")));
                Platform.runLater(() -> {
                    store = s;
                    status.setText("Store ready: " + AppPaths.defaultStore());
                });
            } catch (Exception e) {
                LOG.error("Opening the store failed", e);
                Platform.runLater(() -> status.setText("The store could not be opened: " + e.getMessage()));
            }
        }, "vodcompare-startup");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void stop() {
        if (store != null) {
            store.close();
        }
    }
}
