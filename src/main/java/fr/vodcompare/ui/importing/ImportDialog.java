package fr.vodcompare.ui.importing;

import atlantafx.base.theme.Styles;
import fr.vodcompare.ingest.ImportReport;
import fr.vodcompare.model.Snapshot;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Views;
import fr.vodcompare.ui.importing.ImportViewModel.State;
import java.io.File;
import java.util.List;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * File > Import: the file, how to read it, the platform and date (catalogues), a preview with the column
 * mapping, then progress with Cancel, and the report or the reason it failed. FX thread only.
 */
public final class ImportDialog {
    private final ImportViewModel vm;
    private final Messages m;
    private final Stage stage = new Stage();
    private final ImportForm form;
    /** The report, or why the import failed, once it is over: in the preview's room, which it fills. */
    private final TextArea outcome;

    public ImportDialog(ImportViewModel vm, Messages m, Window owner, String stylesheet) {
        this.vm = vm;
        this.m = m;
        this.form = new ImportForm(vm, m);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.titleProperty().bind(Bindings.when(vm.factsProperty()).then(m.get("import.title.facts"))
                .otherwise(m.get("import.title.catalogue")));
        BorderPane root = new BorderPane();
        root.setId("import-dialog");
        root.setPadding(new Insets(14));
        root.setTop(top());
        outcome = outcomeArea();
        Node fields = form.build();
        VBox center = new VBox(8, fields, outcome);
        VBox.setVgrow(outcome, Priority.ALWAYS);
        // the form grows while it shows the preview; once the import is over the report takes that room
        VBox.setVgrow(fields, Priority.ALWAYS);
        outcome.visibleProperty().addListener((o, was, shown) -> VBox.setVgrow(fields, shown ? Priority.NEVER : Priority.ALWAYS));
        root.setCenter(center);
        root.setBottom(bottom());
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            if (!files.isEmpty() && vm.stateProperty().get() != State.RUNNING) {
                vm.fileProperty().set(files.get(0).toPath());
            }
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
        javafx.geometry.Dimension2D size = size(screenOf(owner));
        Scene scene = new Scene(root, size.getWidth(), size.getHeight());
        if (stylesheet != null) {
            scene.getStylesheets().add(stylesheet);
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && vm.stateProperty().get() != State.RUNNING) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (vm.stateProperty().get() == State.RUNNING) {
                vm.cancel();
                e.consume();
            }
        });
    }

    /** The usable area of the screen {@code owner} is on (the primary screen's without an owner). */
    private static javafx.geometry.Rectangle2D screenOf(Window owner) {
        List<javafx.stage.Screen> screens = owner == null ? List.of()
                : javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
        return (screens.isEmpty() ? javafx.stage.Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }

    /**
     * The dialog's size: 980 × 720, less on a smaller screen so that the whole dialog, its title bar included, is on it
     * (a 1024 × 700 screen: 980 × 652; the preview's table takes what is left).
     */
    static javafx.geometry.Dimension2D size(javafx.geometry.Rectangle2D screen) {
        return new javafx.geometry.Dimension2D(Math.min(980, screen.getWidth() - 24), Math.min(720, screen.getHeight() - 48));
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        if (vm.fileProperty().get() == null) {
            chooseFile();
        }
    }

    private Node top() {
        ToggleGroup kind = new ToggleGroup();
        ToggleButton catalogue = new ToggleButton(m.get("import.kind.catalogue"));
        catalogue.getStyleClass().add(Styles.LEFT_PILL);
        ToggleButton facts = new ToggleButton(m.get("import.kind.facts"));
        facts.getStyleClass().add(Styles.RIGHT_PILL);
        catalogue.setToggleGroup(kind);
        facts.setToggleGroup(kind);
        catalogue.setId("import-kind-catalogue");
        facts.setId("import-kind-facts");
        Runnable sync = () -> (vm.factsProperty().get() ? facts : catalogue).setSelected(true);
        vm.factsProperty().addListener(o -> sync.run());
        sync.run();
        catalogue.setOnAction(e -> vm.factsProperty().set(false));
        facts.setOnAction(e -> vm.factsProperty().set(true));
        HBox kinds = new HBox(catalogue, facts);
        kinds.disableProperty().bind(vm.stateProperty().isEqualTo(State.RUNNING));

        TextField path = new TextField();
        path.setEditable(false);
        path.setId("import-file");
        path.textProperty().bind(Bindings.createStringBinding(() -> vm.fileProperty().get() == null ? ""
                : vm.fileProperty().get().toString(), vm.fileProperty()));
        path.setPromptText(m.get("import.file.prompt"));
        HBox.setHgrow(path, Priority.ALWAYS);
        Button choose = Views.button(m.get("import.file.choose"), Feather.FOLDER);
        choose.setOnAction(e -> chooseFile());
        choose.disableProperty().bind(vm.stateProperty().isEqualTo(State.RUNNING));
        HBox file = new HBox(8, Views.labelFor(m.get("import.file"), path), path, choose);
        file.setAlignment(Pos.CENTER_LEFT);
        Label help = Views.muted(m.get("import.help"));
        VBox box = new VBox(10, kinds, file, help);
        box.setPadding(new Insets(0, 0, 10, 0));
        return box;
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(stage.getTitle());
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(m.get("file.csv"), "*.csv", "*.txt"),
                new FileChooser.ExtensionFilter(m.get("import.file.all"), "*.*"));
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            vm.fileProperty().set(f.toPath());
        }
    }

    private Node bottom() {
        Label check = new Label();
        check.setId("import-check");
        check.setWrapText(true);
        check.getStyleClass().add(Styles.WARNING);
        Runnable showCheck = () -> {
            var v = vm.validation();
            // the preview's refusal is said above the preview, once
            boolean shownAbove = v != null && v.equals(vm.previewProblemProperty().get());
            check.setText(v == null || shownAbove || vm.stateProperty().get() != State.EDITING ? "" : m.text(v));
        };
        vm.canImportProperty().addListener(o -> showCheck.run());
        vm.mapping().addListener((ListChangeListener<ColumnMapping.Mapping>) c -> showCheck.run());
        vm.stateProperty().addListener(o -> showCheck.run());
        showCheck.run();

        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(260);
        bar.visibleProperty().bind(vm.stateProperty().isEqualTo(State.RUNNING));
        bar.managedProperty().bind(bar.visibleProperty());
        Label step = new Label();
        step.setId("import-step");
        step.textProperty().bind(Bindings.createStringBinding(() -> vm.stepProperty().get() == null ? ""
                : m.text(vm.stepProperty().get()), vm.stepProperty()));

        Button run = Views.button(m.get("import.run"), Feather.UPLOAD);
        run.setId("import-run");
        run.setDefaultButton(true);
        run.disableProperty().bind(vm.canImportProperty().not());
        run.visibleProperty().bind(vm.stateProperty().isEqualTo(State.EDITING));
        run.managedProperty().bind(run.visibleProperty());
        run.getStyleClass().add(Styles.ACCENT);
        run.setOnAction(e -> vm.start());
        Button cancel = Views.button(m.get("import.cancel"), Feather.X_CIRCLE);
        cancel.setId("import-cancel");
        cancel.visibleProperty().bind(vm.stateProperty().isEqualTo(State.RUNNING));
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancel());
        Button again = Views.button(m.get("import.again"), Feather.ROTATE_CCW);
        again.visibleProperty().bind(outcome.visibleProperty());
        again.managedProperty().bind(again.visibleProperty());
        again.setOnAction(e -> vm.again());
        Button close = Views.button(m.get("button.close"), null);
        close.setId("import-close");
        close.setCancelButton(true);
        close.disableProperty().bind(vm.stateProperty().isEqualTo(State.RUNNING));
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, bar, step, gap, again, cancel, run, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(8, check, buttons);
        box.setPadding(new Insets(10, 0, 0, 0));
        return box;
    }

    /** Where the report (or why it failed) shows once the import is over. */
    private TextArea outcomeArea() {
        TextArea outcome = new TextArea();
        outcome.setId("import-outcome");
        outcome.setEditable(false);
        outcome.setWrapText(true);
        outcome.setPrefRowCount(7);
        outcome.visibleProperty().bind(vm.stateProperty().isNotEqualTo(State.EDITING)
                .and(vm.stateProperty().isNotEqualTo(State.RUNNING)));
        outcome.managedProperty().bind(outcome.visibleProperty());
        vm.stateProperty().addListener(o -> outcome.setText(outcome()));
        // after the state change has been told to everyone: the question waits for an answer
        vm.stateProperty().addListener((o, was, now) -> {
            if (now == State.ASKING) {
                Platform.runLater(this::askReplace);
            }
        });
        outcome.setAccessibleText(m.get("import.outcome"));
        return outcome;
    }

    /** The file's platform, date and territory hold a catalogue: replace it (Yes), or write nothing. */
    private void askReplace() {
        Snapshot s = vm.existingProperty().get();
        if (s == null || vm.stateProperty().get() != State.ASKING) {
            return;
        }
        String name = vm.platformName(s.platformId());
        Integer rows = vm.rowCountProperty().get();
        boolean yes = Views.confirm(stage, m, m.format("import.replace.question", name, s.asOf(), s.titleCount()),
                m.format("import.replace.detail", name, s.asOf(), territory(s.territory()), rows == null ? 0 : rows),
                m.get("import.replace.action"));
        if (yes) {
            vm.replace();
        } else {
            vm.keep();
        }
    }

    private String territory(String code) {
        return Snapshot.UNSTATED.equals(code) ? m.get("data.territory.unstated") : code;
    }

    /** What the import did to its snapshot: the territory (and whether it was assumed), what a replace removed. */
    private String snapshotLines(ImportReport r) {
        ImportReport.SnapshotReport s = r.snapshot();
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        b.append('\n').append(m.format(s.territoryAssumed() ? "import.report.territory.assumed" : "import.report.territory",
                territory(s.territory())));
        if (s.replaced()) {
            b.append('\n').append(m.format("import.report.replaced", vm.platformName(r.platformId()), r.asOf(),
                    s.replacedTitles(), s.titles(), s.noLongerListed()));
        }
        if (s.ambiguous() > 0) {
            b.append('\n').append(m.format("import.report.ambiguous", s.ambiguous()));
        }
        return b.toString();
    }

    /** The report, or why it failed, in plain words. */
    private String outcome() {
        State s = vm.stateProperty().get();
        if ((s == State.FAILED || s == State.CANCELLED) && vm.problemProperty().get() != null) {
            return m.text(vm.problemProperty().get()) + "\n" + m.get("import.nothingChanged");
        }
        ImportReport r = vm.reportProperty().get();
        if (s != State.DONE || r == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(m.format("import.report", r.rowsRead(), r.imported(), r.added(), r.updated(),
                r.unchanged()));
        if (r.asOf() != null) {
            b.append('\n').append(m.format("import.report.snapshot", vm.platformName(r.platformId()), r.asOf()));
            b.append(snapshotLines(r));
        }
        b.append('\n').append(m.format("import.report.warnings", r.warnings().size()));
        b.append(r.warnings().stream().limit(200).map(w -> "\n  " + m.format("import.report.warning", w.line(), w.message(m.locale())))
                .collect(Collectors.joining()));
        if (r.warnings().size() > 200) {
            b.append('\n').append(m.format("import.report.more", r.warnings().size() - 200));
        }
        return b.toString();
    }
}
