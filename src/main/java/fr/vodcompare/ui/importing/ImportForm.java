package fr.vodcompare.ui.importing;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import fr.vodcompare.model.Platform;
import fr.vodcompare.ui.DateField;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Views;
import fr.vodcompare.ui.importing.ColumnMapping.Mapping;
import fr.vodcompare.ui.importing.ImportViewModel.State;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The import form: reading options, platform and date, and the preview with the column mapping. FX thread only. */
final class ImportForm {
    private final ImportViewModel vm;
    private final Messages m;
    private final TableView<List<String>> preview = new TableView<>();

    ImportForm(ImportViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    Node build() {
        Node preview = previewPane();
        // once the import is over, its report takes the preview's room (on a 700-pixel screen both do not fit);
        // "Import another file" brings the preview back
        preview.visibleProperty().bind(vm.stateProperty().isEqualTo(State.EDITING).or(vm.stateProperty().isEqualTo(State.RUNNING)));
        preview.managedProperty().bind(preview.visibleProperty());
        VBox box = new VBox(10, options(), catalogueFields(), preview);
        VBox.setVgrow(preview, Priority.ALWAYS);
        box.disableProperty().bind(vm.stateProperty().isEqualTo(State.RUNNING));
        return box;
    }

    private Node options() {
        ComboBox<String> encoding = new ComboBox<>();
        encoding.getItems().setAll(ImportViewModel.ENCODINGS);
        encoding.setCellFactory(l -> cell(this::encodingName));
        encoding.setButtonCell(cell(this::encodingName));
        encoding.valueProperty().bindBidirectional(vm.encodingProperty());
        encoding.setId("import-encoding");
        ComboBox<Character> delimiter = new ComboBox<>();
        delimiter.getItems().setAll(ImportViewModel.DELIMITERS);
        delimiter.setCellFactory(l -> cell(this::delimiterName));
        delimiter.setButtonCell(cell(this::delimiterName));
        delimiter.valueProperty().bindBidirectional(vm.delimiterProperty());
        HBox row = new HBox(8, Views.labelFor(m.get("import.encoding"), encoding), encoding,
                Views.labelFor(m.get("import.delimiter"), delimiter), delimiter);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private String encodingName(String e) {
        return e == null ? "" : m.get("import.encoding." + e);
    }

    private String delimiterName(Character c) {
        return c == null ? "" : m.get("import.delimiter." + (int) c.charValue());
    }

    private Node catalogueFields() {
        ComboBox<String> platform = new ComboBox<>();
        platform.setEditable(true);
        platform.setId("import-platform");
        platform.setPromptText("netflix, prime_video…");
        platform.setPrefWidth(240);
        vm.platforms().addListener((ListChangeListener<Platform>) c ->
                platform.getItems().setAll(vm.platforms().stream().map(Platform::id).toList()));
        platform.getEditor().textProperty().bindBidirectional(vm.platformIdProperty());
        platform.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.platformIdProperty().set(now);
            }
        });
        platform.setCellFactory(l -> cell(id -> vm.platforms().stream().filter(p -> p.id().equals(id)).findFirst()
                .map(p -> p.name() + "  (" + p.id() + ")").orElse(id)));
        TextField name = new TextField();
        name.setId("import-platform-name");
        name.textProperty().bindBidirectional(vm.platformNameProperty());
        name.setPromptText(m.get("import.platformName.prompt"));
        DatePicker asOf = DateField.of(vm.asOfProperty(), m.locale(), m.get("import.asOf.prompt"));
        asOf.setId("import-as-of");
        TextField territory = new TextField();
        territory.setId("import-territory");
        territory.setPrefColumnCount(4);
        territory.textProperty().bindBidirectional(vm.territoryProperty());
        territory.setPromptText("FR");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, Views.labelFor(m.get("import.platform"), platform), platform,
                Views.labelFor(m.get("import.platformName"), name), name);
        grid.addRow(1, Views.labelFor(m.get("import.asOf"), asOf), asOf,
                Views.labelFor(m.get("import.territory"), territory), territory);
        Label help = Views.muted(m.get("import.platform.help"));
        VBox box = new VBox(6, grid, help);
        box.visibleProperty().bind(vm.factsProperty().not());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node previewPane() {
        Label title = new Label();
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.rowCountProperty().get() == null ? m.get("import.preview")
                : m.format("import.preview.rows", Math.min(ImportViewModel.PREVIEW_ROWS, vm.rowCountProperty().get()),
                vm.rowCountProperty().get()), vm.rowCountProperty()));
        Label help = Views.muted(m.get("import.mapping.help"));
        Label problem = new Label();
        problem.setId("import-preview-problem");
        problem.setWrapText(true);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.textProperty().bind(Bindings.createStringBinding(() -> vm.previewProblemProperty().get() != null
                ? m.text(vm.previewProblemProperty().get()) : vm.noticeProperty().get() != null
                ? m.text(vm.noticeProperty().get()) : "", vm.previewProblemProperty(), vm.noticeProperty()));
        vm.previewProblemProperty().addListener((o, was, now) -> {
            problem.getStyleClass().remove(Styles.DANGER);
            if (now != null) {
                problem.getStyleClass().add(Styles.DANGER);
            }
        });
        preview.setId("import-preview");
        preview.setItems(vm.preview());
        preview.getStyleClass().addAll(Styles.DENSE, Styles.BORDERED, Tweaks.EDGE_TO_EDGE);
        preview.setAccessibleText(m.get("import.preview"));
        Label empty = Views.muted("");
        empty.setId("import-preview-empty");
        // a file the preview refused has no rows to show: said so, not "choose a file" (the reason is just above)
        empty.textProperty().bind(Bindings.createStringBinding(() -> m.get(vm.previewProblemProperty().get() != null
                ? "import.preview.refused" : "import.preview.none"), vm.previewProblemProperty()));
        preview.setPlaceholder(empty);
        vm.mapping().addListener((ListChangeListener<Mapping>) c -> {
            if (c.next() && (c.wasAdded() || c.wasRemoved()) && !c.wasUpdated()) {
                columns();
            }
        });
        vm.factsProperty().addListener(o -> columns());
        columns();
        VBox box = new VBox(6, title, help, problem, preview);
        VBox.setVgrow(preview, Priority.ALWAYS);
        box.setPadding(new Insets(4, 0, 0, 0));
        return box;
    }

    /** One column per file column; its header holds the mapping: the app column it is read as. */
    private void columns() {
        List<TableColumn<List<String>, String>> cols = new ArrayList<>();
        List<Mapping> maps = vm.mapping();
        for (int i = 0; i < maps.size(); i++) {
            Mapping mp = maps.get(i);
            int at = i;
            TableColumn<List<String>, String> col = new TableColumn<>();
            col.setSortable(false);
            col.setPrefWidth(170);
            col.setCellValueFactory(c -> new ReadOnlyStringWrapper(at < c.getValue().size() ? c.getValue().get(at) : ""));
            ComboBox<String> target = new ComboBox<>();
            target.getItems().add("");
            target.getItems().addAll(vm.targets());
            target.setCellFactory(l -> cell(t -> t.isEmpty() ? m.get("import.mapping.ignore") : t));
            target.setButtonCell(cell(t -> t.isEmpty() ? m.get("import.mapping.ignore") : t));
            target.valueProperty().bindBidirectional(mp.targetProperty());
            target.setAccessibleText(m.format("import.mapping.accessible", mp.fileColumn()));
            target.setMaxWidth(Double.MAX_VALUE);
            target.getStyleClass().add(Styles.SMALL);
            Label name = new Label(mp.fileColumn());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            VBox head = new VBox(4, name, target);
            head.setPadding(new Insets(2));
            col.setGraphic(head);
            cols.add(col);
        }
        preview.getColumns().setAll(cols);
    }

    private static <T> ListCell<T> cell(java.util.function.Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
