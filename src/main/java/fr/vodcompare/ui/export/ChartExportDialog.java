package fr.vodcompare.ui.export;

import atlantafx.base.theme.Styles;
import fr.vodcompare.ui.FileAsker;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Views;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * Export PNG of one chart: its title and subtitle (prefilled, editable), the platforms it shows, the size and
 * scale; then the file chooser. The dialog closes when the file is chosen; the export runs in the background
 * and whoever opened the dialog follows {@link ChartExportViewModel#stateProperty()}. FX thread only.
 */
public final class ChartExportDialog {
    private final ChartExportViewModel vm;
    private final Messages m;
    private final FileAsker files;
    private final Stage stage;

    /** @param platforms the names of the platforms chosen on the screen ("Netflix, Prime Video"), empty for none */
    public ChartExportDialog(ChartExportViewModel vm, Messages m, FileAsker files, Window owner, String platforms) {
        this(vm, m, files, owner, platforms, m.get("export.platforms.help"));
    }

    /** @param platformsHelp says where the platforms were chosen (the screen that opened the dialog) */
    public ChartExportDialog(ChartExportViewModel vm, Messages m, FileAsker files, Window owner, String platforms,
                             String platformsHelp) {
        this.vm = vm;
        this.m = m;
        this.files = files;
        VBox root = new VBox(12);
        root.setId("export-dialog");
        root.setPadding(new Insets(16));
        root.setPrefWidth(680);
        Label heading = new Label(vm.shown().title());
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setWrapText(true);
        root.getChildren().addAll(heading, form(platforms, platformsHelp), buttons());
        this.stage = DialogStage.over(owner, m.get("export.one.title"), root, this::close);
    }

    private GridPane form(String platforms, String platformsHelp) {
        GridPane form = DialogStage.form();
        TextField title = text("export-title", vm.titleProperty().get(), vm.shown().title());
        title.textProperty().bindBidirectional(vm.titleProperty());
        TextField subtitle = text("export-subtitle", vm.subtitleProperty().get(), vm.shown().subtitle());
        subtitle.textProperty().bindBidirectional(vm.subtitleProperty());
        form.add(mnemonic(Views.labelFor(m.get("export.field.title"), title)), 0, 0);
        form.add(title, 1, 0);
        form.add(mnemonic(Views.labelFor(m.get("export.field.subtitle"), subtitle)), 0, 1);
        form.add(subtitle, 1, 1);
        form.add(Views.muted(m.get("export.field.help")), 1, 2);
        DialogStage.platformsRow(form, 3, m, platforms, platformsHelp);
        new SizeSection(vm.size(), m).addTo(form, 4);
        return form;
    }

    private static Label mnemonic(Label l) {
        l.setMnemonicParsing(true);
        return DialogStage.bold(l);
    }

    private TextField text(String id, String value, String prompt) {
        TextField f = new TextField(value);
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(40);
        return f;
    }

    private HBox buttons() {
        Button cancel = Views.button(m.get("button.cancel"), null);
        cancel.setId("export-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close());
        Button export = Views.button(m.get("export.one.run"), Feather.IMAGE);
        export.setId("export-run");
        export.getStyleClass().add(Styles.ACCENT);
        export.setDefaultButton(true);
        export.disableProperty().bind(vm.canExportBinding().not());
        export.setTooltip(Views.tooltip(m.get("export.one.run.help")));
        export.setOnAction(e -> export());
        HBox box = new HBox(8, cancel, export);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    private void export() {
        Path file = files.saveFile(stage, m.get("chart.exportPng"), vm.shown().id() + ".png", m.get("file.png"), "*.png");
        if (file != null) {
            stage.close();
            vm.export(file);
        }
    }

    private void close() {
        stage.close();
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }
}
