package fr.vodcompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.ui.UiMessage;
import fr.vodcompare.ui.shell.ShellViewModel;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** -Dvodcompare.exitAfterFirstFrame: the app exits with 0 once a frame shows a row of data, never before; with 1 when the store fails. */
@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {
    TableView<String> table;
    ShellViewModel shell;
    final List<Integer> exits = new CopyOnWriteArrayList<>();
    Scene scene;

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        shell = new ShellViewModel();
        TableColumn<String, String> title = new TableColumn<>("Title");
        title.setCellValueFactory(c -> new SimpleStringProperty(c.getValue()));
        table.getColumns().add(title);
        scene = new Scene(new StackPane(table), 400, 300);
        stage.setScene(scene);
        stage.show();
        FirstFrame.watch(scene, shell, () -> 42, exits::add);
    }

    @Test
    void exitsWithZeroAfterTheFirstFrameWithARowOfDataAndOnlyThen() throws Exception {
        pulses(5);
        assertThat(exits).as("an empty table is no data").isEmpty();

        Platform.runLater(() -> table.getItems().setAll("Lupin", "Amélie"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !exits.isEmpty());
        pulses(5);

        assertThat(exits).containsExactly(0);
    }

    @Test
    void aHiddenTableIsNoData() throws Exception {
        Platform.runLater(() -> {
            table.getParent().setVisible(false);
            table.getItems().setAll("Lupin");
        });
        pulses(5);
        assertThat(exits).isEmpty();
    }

    @Test
    void exitsWithOneWhenTheStoreCannotBeOpened() throws Exception {
        Platform.runLater(() -> shell.failed(new UiMessage("startup.failed", "x", "y", "z")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !exits.isEmpty());
        assertThat(exits).containsExactly(1);
    }

    @Test
    void startIsTheProcesssStart() {
        assertThat(FirstFrame.sinceProcessStart()).isPositive().isLessThan(TimeUnit.HOURS.toMillis(1));
    }

    /** Lets a few pulses go by (each one asked for, so they happen even when nothing changes). */
    private static void pulses(int n) throws Exception {
        for (int i = 0; i < n; i++) {
            WaitForAsyncUtils.asyncFx(Platform::requestNextPulse).get();
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(20);
        }
    }
}
