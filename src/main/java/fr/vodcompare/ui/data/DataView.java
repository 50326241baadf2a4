package fr.vodcompare.ui.data;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import fr.vodcompare.chart.PlatformPalette;
import fr.vodcompare.model.Snapshot;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Screen;
import fr.vodcompare.ui.Views;
import fr.vodcompare.ui.data.DataViewModel.PlatformRow;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.feather.Feather;

/** The Data screen: import, the platforms (rename, colour, delete), the catalogue snapshots and the Top 10 files (delete). */
public final class DataView implements Screen {
    private final DataViewModel vm;
    private final Messages m;
    private final Consumer<Boolean> openImport;
    private final VBox root = new VBox(12);
    /** At 1024 × 700 the platforms, catalogues and Top 10 files do not all fit: the screen scrolls down. */
    private final ScrollPane scroll = new ScrollPane(root);
    private final TableView<PlatformRow> platforms = new TableView<>();
    private final TableView<Snapshot> snapshots = new TableView<>();
    private final Label status = new Label();

    /** @param openImport opens the import dialog: true for figures, false for a catalogue */
    public DataView(DataViewModel vm, Messages m, Consumer<Boolean> openImport) {
        this.vm = vm;
        this.m = m;
        this.openImport = openImport;
        scroll.setId("data");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setPadding(new Insets(14));
        root.getChildren().addAll(actions(), title("data.platforms"), Views.muted(m.get("data.platforms.help")),
                platformTable(), platformButtons(), title("data.snapshots"), Views.muted(m.get("data.snapshots.help")),
                snapshotTable(), snapshotButtons());
        root.getChildren().addAll(new Top10FilesSection(vm, m).nodes());
        // with the Top 10 files below, the platforms and the catalogues keep room for a few rows each
        platforms.setMinHeight(130);
        snapshots.setMinHeight(110);
        VBox.setVgrow(platforms, Priority.ALWAYS);
        VBox.setVgrow(snapshots, Priority.SOMETIMES);
        vm.messageProperty().addListener(o -> showStatus());
        vm.problemProperty().addListener(o -> showStatus());
    }

    private void showStatus() {
        status.getStyleClass().remove(Styles.DANGER);
        if (vm.problemProperty().get() != null) {
            status.setText(m.text(vm.problemProperty().get()));
            status.getStyleClass().add(Styles.DANGER);
        } else {
            status.setText(vm.messageProperty().get() == null ? "" : m.text(vm.messageProperty().get()));
        }
    }

    private Label title(String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add(Styles.TITLE_3);
        return l;
    }

    private Node actions() {
        Button catalogue = Views.button(m.get("menu.importCatalogue"), Feather.UPLOAD);
        catalogue.getStyleClass().add(Styles.ACCENT);
        catalogue.setOnAction(e -> openImport.accept(false));
        Button facts = Views.button(m.get("menu.importFacts"), Feather.UPLOAD);
        facts.setOnAction(e -> openImport.accept(true));
        Button restore = Views.button(m.get("data.restore"), Feather.ROTATE_CCW);
        restore.setOnAction(e -> {
            if (Views.confirm(root.getScene().getWindow(), m, m.get("data.restore.confirm"), m.get("data.restore.detail"),
                    m.get("data.restore"))) {
                vm.restoreBundled();
            }
        });
        status.setId("data-status");
        status.setWrapText(true);
        // the buttons keep their whole names (French is long); what happened shows below them
        Views.noShrink(catalogue, facts, restore);
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 8, catalogue, facts, restore);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.disableProperty().bind(vm.busyProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        return new VBox(6, buttons, status);
    }

    private Node platformTable() {
        platforms.setId("data-platforms");
        platforms.setItems(vm.platforms());
        platforms.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        platforms.setAccessibleText(m.get("data.platforms"));
        TableColumn<PlatformRow, String> colour = Views.column(m.get("data.col.colour"), 70, r -> r.platform().colour());
        colour.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                Region swatch = new Region();
                swatch.setMinSize(28, 14);
                swatch.setMaxSize(28, 14);
                swatch.setStyle("-fx-background-color: " + item + "; -fx-background-radius: 3px;");
                setGraphic(swatch);
                setAccessibleText(item);
            }
        });
        platforms.getColumns().setAll(List.of(colour,
                Views.column(m.get("data.col.name"), 200, r -> r.platform().name()),
                Views.column(m.get("data.col.id"), 160, r -> r.platform().id()),
                Views.column(m.get("data.col.owner"), 220, r -> r.platform().owner()),
                Views.column(m.get("data.col.launch"), 110, r -> r.platform().launchFr()),
                Views.column(m.get("data.col.snapshots"), 110, r -> r.snapshots() == 0 ? "—" : m.count(r.snapshots())),
                Views.column(m.get("data.col.titles"), 100, r -> r.titles() == 0 ? "—" : m.count(r.titles()))));
        return platforms;
    }

    private Node platformButtons() {
        var selected = platforms.getSelectionModel().selectedItemProperty();
        Button rename = Views.button(m.get("data.rename"), Feather.EDIT_2);
        rename.setId("data-rename");
        rename.setOnAction(e -> rename(selected.get()));
        ColorPicker colour = new ColorPicker();
        colour.setId("data-colour");
        colour.setAccessibleText(m.get("data.colour"));
        colour.setTooltip(Views.tooltip(m.get("data.colour")));
        // JavaFX names its colours in the language it started in: the picker shows the code instead, in any language
        colour.setStyle("-fx-color-label-visible: false;");
        Label code = new Label();
        code.setId("data-colour-code");
        code.textProperty().bind(Bindings.createStringBinding(() -> selected.get() == null ? "" : hex(colour.getValue()),
                colour.valueProperty(), selected));
        selected.addListener((o, was, now) -> {
            if (now != null) {
                // the selected platform's own colour, as the charts draw it (a platform without one: its generated colour)
                colour.setValue(Color.web(PlatformPalette.of(vm.platforms().stream().map(PlatformRow::platform).toList())
                        .colour(now.platform().id())));
            }
        });
        colour.setOnAction(e -> {
            if (selected.get() != null) {
                vm.setColour(selected.get().platform().id(), hex(colour.getValue()));
            }
        });
        Button delete = Views.button(m.get("data.deletePlatform"), Feather.TRASH_2);
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> {
            PlatformRow r = selected.get();
            if (r != null && Views.confirm(root.getScene().getWindow(), m, m.format("data.deletePlatform.confirm",
                    r.platform().name()), m.format("data.deletePlatform.detail", r.snapshots(), r.titles()),
                    m.get("data.delete"))) {
                vm.deletePlatform(r);
            }
        });
        HBox box = new HBox(8, rename, Views.labelFor(m.get("data.colour"), colour), colour, code, delete);
        box.setAlignment(Pos.CENTER_LEFT);
        box.disableProperty().bind(Bindings.isNull(selected).or(vm.busyProperty()));
        return box;
    }

    private void rename(PlatformRow r) {
        if (r == null) {
            return;
        }
        TextInputDialog d = new TextInputDialog(r.platform().name());
        d.initOwner(root.getScene().getWindow());
        d.getDialogPane().getButtonTypes().setAll(new ButtonType(m.get("data.rename.ok"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(m.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.setTitle(m.get("data.rename"));
        d.setHeaderText(m.format("data.rename.header", r.platform().name()));
        d.setContentText(m.get("data.col.name"));
        d.showAndWait().ifPresent(name -> vm.rename(r.platform().id(), name));
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private Node snapshotTable() {
        snapshots.setId("data-snapshots");
        snapshots.setItems(vm.snapshots());
        snapshots.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        snapshots.setAccessibleText(m.get("data.snapshots"));
        snapshots.setPrefHeight(180);
        snapshots.setPlaceholder(Views.muted(m.get("data.snapshots.none")));
        snapshots.getColumns().setAll(List.of(
                Views.column(m.get("data.col.platform"), 140, s -> vm.platforms().stream()
                        .filter(r -> r.platform().id().equals(s.platformId())).map(r -> r.platform().name()).findFirst()
                        .orElse(s.platformId())),
                Views.column(m.get("data.col.asOf"), 120, s -> m.date(s.asOf())),
                Views.column(m.get("data.col.territory"), 140, s -> Snapshot.UNSTATED.equals(s.territory())
                        ? m.get("data.territory.unstated") : s.territory()),
                Views.column(m.get("data.col.titles"), 90, s -> m.count(s.titleCount())),
                Views.column(m.get("data.col.source"), 380, s -> s.sourceName() == null ? s.sourceFile() : s.sourceName()),
                Views.column(m.get("data.col.origin"), 140, s -> m.get(s.bundled() ? "data.bundled" : "data.imported"))));
        return snapshots;
    }

    private Node snapshotButtons() {
        var selected = snapshots.getSelectionModel().selectedItemProperty();
        Button delete = Views.button(m.get("data.deleteSnapshot"), Feather.TRASH_2);
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> {
            Snapshot s = selected.get();
            if (s != null && Views.confirm(root.getScene().getWindow(), m, m.format("data.deleteSnapshot.confirm",
                    s.platformId(), m.date(s.asOf())), m.format("data.deleteSnapshot.detail", s.titleCount()),
                    m.get("data.delete"))) {
                vm.deleteSnapshot(s);
            }
        });
        delete.disableProperty().bind(Bindings.isNull(selected).or(vm.busyProperty()));
        return new HBox(8, delete);
    }

    @Override
    public Node root() {
        return scroll;
    }
}
