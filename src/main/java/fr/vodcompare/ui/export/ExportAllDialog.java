package fr.vodcompare.ui.export;

import atlantafx.base.theme.Styles;
import fr.vodcompare.ui.FileAsker;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.UiMessage;
import fr.vodcompare.ui.Views;
import fr.vodcompare.ui.export.ExportAllViewModel.State;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * Export all charts: what will be written, the size and scale, then the folder; progress with Cancel while the
 * charts are written, and how it ended (how many, where). Closing the window while it runs cancels. FX thread only.
 */
public final class ExportAllDialog {
    private final ExportAllViewModel vm;
    private final Messages m;
    private final FileAsker files;
    private final Consumer<Path> openFolder;
    private final Stage stage;
    private Path folder;

    /**
     * @param platforms  the names of the platforms chosen on the screen ("Netflix, Prime Video"), empty for none
     * @param openFolder shows a folder in the system's file manager
     */
    public ExportAllDialog(ExportAllViewModel vm, Messages m, FileAsker files, Window owner, String platforms,
                           Consumer<Path> openFolder) {
        this.vm = vm;
        this.m = m;
        this.files = files;
        this.openFolder = openFolder;
        VBox root = new VBox(12);
        root.setId("export-all-dialog");
        root.setPadding(new Insets(16));
        root.setPrefWidth(680);
        GridPane form = DialogStage.form();
        Label what = new Label(m.format("export.all.what", vm.chartCount()));
        what.setId("export-all-what");
        what.setWrapText(true);
        DialogStage.row(form, 0, DialogStage.bold(new Label(m.get("export.all.charts"))),
                new VBox(2, what, Views.muted(m.get("export.all.replace"))));
        DialogStage.platformsRow(form, 1, m, platforms);
        new SizeSection(vm.size(), m).addTo(form, 2);
        form.disableProperty().bind(vm.stateProperty().isNotEqualTo(State.EDITING));
        Label heading = new Label(m.get("export.all.title"));
        heading.getStyleClass().add(Styles.TITLE_4);
        root.getChildren().addAll(heading, form, DialogStage.slot(2, progress(), outcome()), buttons());
        this.stage = DialogStage.over(owner, m.get("export.all.title"), root, this::closeOrCancel);
        stage.setOnCloseRequest(e -> {
            if (vm.stateProperty().get() == State.RUNNING) {
                vm.cancel();
                e.consume();
            }
        });
    }

    private Node progress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("export-all-progress");
        bar.setPrefWidth(260);
        bar.progressProperty().bind(vm.progressProperty());
        bar.setAccessibleText(m.get("export.all.progress"));
        Label step = new Label();
        step.setId("export-all-step");
        step.setWrapText(true);
        step.textProperty().bind(text(vm.stepProperty()));
        HBox box = new HBox(10, bar, step);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(vm.stateProperty().isEqualTo(State.RUNNING));
        return box;
    }

    private Node outcome() {
        Label outcome = new Label();
        outcome.setId("export-all-outcome");
        outcome.setWrapText(true);
        outcome.textProperty().bind(Bindings.createStringBinding(() -> {
            UiMessage o = vm.outcomeProperty().get();
            UiMessage p = vm.problemProperty().get();
            return (o == null ? "" : m.text(o)) + (p == null ? "" : "\n" + m.text(p));
        }, vm.outcomeProperty(), vm.problemProperty()));
        vm.stateProperty().addListener((o, was, now) -> {
            outcome.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            if (now == State.DONE || now == State.FAILED) {
                outcome.getStyleClass().add(now == State.DONE ? Styles.SUCCESS : Styles.DANGER);
            }
        });
        outcome.setMinWidth(0);
        outcome.visibleProperty().bind(vm.outcomeProperty().isNotNull());
        return outcome;
    }

    private Node buttons() {
        BooleanBinding editing = vm.stateProperty().isEqualTo(State.EDITING);
        BooleanBinding running = vm.stateProperty().isEqualTo(State.RUNNING);
        Button open = Views.button(m.get("export.all.openFolder"), Feather.FOLDER);
        open.setId("export-all-open");
        open.setOnAction(e -> openFolder.accept(folder));
        show(open, vm.stateProperty().isEqualTo(State.DONE).or(vm.stateProperty().isEqualTo(State.CANCELLED)));
        Button cancel = Views.button(m.get("export.all.cancel"), Feather.X_CIRCLE);
        cancel.setId("export-all-cancel");
        cancel.setOnAction(e -> vm.cancel());
        show(cancel, running);
        Button close = Views.button(m.get("button.close"), null);
        close.setId("export-all-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        show(close, running.not());
        Button run = Views.button(m.get("export.all.run"), Feather.FOLDER_PLUS);
        run.setId("export-all-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.setDefaultButton(true);
        run.setTooltip(Views.tooltip(m.get("export.all.run.help")));
        run.disableProperty().bind(vm.canExportBinding().not());
        run.setOnAction(e -> run());
        show(run, editing);
        // the button pressed goes away: the focus goes to the one that replaces it
        vm.stateProperty().addListener((o, was, now) -> {
            Button next = now == State.RUNNING ? cancel : now == State.DONE || now == State.CANCELLED ? open : close;
            next.requestFocus();
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox box = new HBox(8, open, gap, cancel, close, run);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    private static void show(Node n, ObservableValue<Boolean> when) {
        n.visibleProperty().bind(when);
        n.managedProperty().bind(n.visibleProperty());
    }

    private ObservableValue<String> text(ObservableValue<UiMessage> message) {
        return Bindings.createStringBinding(() -> message.getValue() == null ? "" : m.text(message.getValue()), message);
    }

    private void run() {
        Path dir = files.chooseFolder(stage, m.get("export.all.chooseFolder"));
        if (dir != null) {
            folder = dir;
            vm.export(dir);
        }
    }

    private void closeOrCancel() {
        if (vm.stateProperty().get() == State.RUNNING) {
            vm.cancel();
        } else {
            stage.close();
        }
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }
}
