package fr.vodcompare.ui.originals;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import fr.vodcompare.model.Kind;
import fr.vodcompare.model.Original;
import fr.vodcompare.model.Platform;
import fr.vodcompare.ui.FileAsker;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Screen;
import fr.vodcompare.ui.SourceLinkCell;
import fr.vodcompare.ui.Views;
import fr.vodcompare.ui.originals.OriginalsViewModel.Lane;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The Originals screen: a timeline per platform (released filled, announced outlined) and the list with sources. */
public final class OriginalsView implements Screen {
    private final OriginalsViewModel vm;
    private final Messages m;
    private final FileAsker files;
    private final BorderPane root = new BorderPane();
    private final GridPane timeline = new GridPane();
    private final TableView<Original> table = new TableView<>();
    private final Label status = new Label();

    public OriginalsView(OriginalsViewModel vm, Messages m, FileAsker files) {
        this.files = files;
        this.vm = vm;
        this.m = m;
        root.setId("originals");
        root.setTop(bar());
        ScrollPane scroll = new ScrollPane(timeline);
        scroll.setFitToWidth(true);
        timeline.setPadding(new Insets(12));
        timeline.setHgap(8);
        timeline.setVgap(8);
        timeline.setId("originals-timeline");
        timeline.setAccessibleText(m.get("originals.timeline"));
        SplitPane split = new SplitPane(scroll, table());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        root.setCenter(split);
        vm.lanes().addListener((ListChangeListener<Lane>) c -> drawTimeline());
        drawTimeline();
    }

    private Node bar() {
        ComboBox<String> platform = new ComboBox<>();
        platform.setId("originals-platform");
        Runnable fill = () -> {
            String chosen = vm.platformProperty().get();
            platform.getItems().setAll((String) null);
            vm.platformChoices().forEach(p -> platform.getItems().add(p.id()));
            platform.setValue(chosen);
        };
        vm.platformChoices().addListener((ListChangeListener<Platform>) c -> fill.run());
        fill.run();
        Views.names(platform, id -> id == null ? m.get("originals.allPlatforms") : vm.platformName(id));
        platform.valueProperty().bindBidirectional(vm.platformProperty());

        HBox statuses = new HBox(statusToggle(null, "originals.status.all", Styles.LEFT_PILL),
                statusToggle(OriginalsViewModel.RELEASED, "originals.status.released", Styles.CENTER_PILL),
                statusToggle(OriginalsViewModel.ANNOUNCED, "originals.status.announced", Styles.RIGHT_PILL));
        statuses.setAccessibleText(m.get("originals.status"));

        ComboBox<Kind> kind = new ComboBox<>();
        kind.getItems().addAll(null, Kind.FILM, Kind.SERIES);
        Views.names(kind, k -> k == null ? m.get("catalogue.filter.anyKind") : m.kind(k));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        kind.setAccessibleText(m.get("catalogue.filter.kind"));

        Label count = new Label();
        count.setId("originals-count");
        count.getStyleClass().add(Styles.TEXT_BOLD);
        count.textProperty().bind(Bindings.createStringBinding(() -> m.format("originals.count", vm.shown().size()),
                vm.shown()));
        Label legend = new Label(m.get("originals.legend"));
        legend.getStyleClass().add(Styles.TEXT_MUTED);
        Button export = Views.button(m.get("sources.export"), Feather.DOWNLOAD);
        export.setOnAction(e -> export());
        status.getStyleClass().add(Styles.TEXT_MUTED);
        vm.messageProperty().addListener((o, was, now) -> status.setText(now == null ? "" : m.text(now)));
        Label platformLabel = Views.labelFor(m.get("originals.platform"), platform);
        statuses.getChildren().forEach(Views::noShrink);
        Views.noShrink(platformLabel, platform, kind, count, export, status);
        FlowPane bar = new FlowPane(10, 8, platformLabel, platform, statuses, kind, count, status, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 12, 10, 12));
        bar.getStyleClass().add("screen-bar");
        legend.setPadding(new Insets(6, 12, 0, 12));
        // what the list is, always above it, so that no screenshot of the timeline or the table loses it
        Label scope = new Label();
        scope.setId("originals-scope");
        scope.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        scope.setWrapText(true);
        scope.setMinHeight(Region.USE_PREF_SIZE);
        scope.setPadding(new Insets(0, 12, 0, 12));
        scope.textProperty().bind(Bindings.createStringBinding(() -> scopeText(vm.scopeProperty().get()), vm.scopeProperty()));
        return new VBox(bar, scope, legend);
    }

    private String scopeText(OriginalsViewModel.Scope s) {
        if (s == null || s.originals() == 0) {
            return "";
        }
        String years = s.firstYear() == null ? m.get("originals.noYear")
                : s.firstYear().equals(s.lastYear()) ? s.firstYear().toString() : m.format("originals.scope.years",
                s.firstYear().toString(), s.lastYear().toString());
        return m.format("originals.scope", s.originals(), String.join(", ", s.platformNames()), years,
                s.sources());
    }

    private ToggleGroup statusGroup;

    private ToggleButton statusToggle(String value, String key, String pill) {
        if (statusGroup == null) {
            statusGroup = new ToggleGroup();
        }
        ToggleButton b = new ToggleButton(m.get(key));
        b.getStyleClass().add(pill);
        b.setToggleGroup(statusGroup);
        b.setId("originals-status-" + (value == null ? "all" : value));
        b.setSelected(java.util.Objects.equals(vm.statusProperty().get(), value));
        b.setOnAction(e -> {
            b.setSelected(true);
            vm.statusProperty().set(value);
        });
        return b;
    }

    /**
     * Years down, one column per platform across: a platform's originals read top to bottom, and the timeline fits
     * a narrow window (there are fewer platforms than years). Scrolls vertically only.
     */
    private void drawTimeline() {
        timeline.getChildren().clear();
        timeline.getColumnConstraints().clear();
        List<Integer> years = vm.years();
        timeline.getColumnConstraints().add(new ColumnConstraints(Region.USE_PREF_SIZE, Region.USE_COMPUTED_SIZE,
                Region.USE_PREF_SIZE));
        for (int i = 0; i < years.size(); i++) {
            Label y = new Label(years.get(i) == null ? m.get("originals.noYear") : years.get(i).toString());
            y.getStyleClass().addAll(Styles.TEXT_BOLD, "timeline-year");
            y.setMinWidth(Region.USE_PREF_SIZE);
            GridPane.setValignment(y, javafx.geometry.VPos.TOP);
            timeline.add(y, 0, i + 1);
        }
        int column = 1;
        for (Lane lane : vm.lanes()) {
            ColumnConstraints c = new ColumnConstraints(Region.USE_COMPUTED_SIZE, 180, 320);
            c.setHgrow(Priority.ALWAYS);
            timeline.getColumnConstraints().add(c);
            Label name = new Label(lane.platformName());
            name.getStyleClass().addAll(Styles.TITLE_4);
            name.setWrapText(true);
            timeline.add(name, column, 0);
            for (int i = 0; i < years.size(); i++) {
                VBox cell = new VBox(4);
                cell.getStyleClass().add("timeline-cell");
                GridPane.setValignment(cell, javafx.geometry.VPos.TOP);
                for (Original o : lane.byYear().getOrDefault(years.get(i), List.of())) {
                    cell.getChildren().add(chip(o, lane.colour()));
                }
                timeline.add(cell, column, i + 1);
            }
            column++;
        }
        if (vm.lanes().isEmpty()) {
            timeline.add(Views.muted(m.get("originals.empty")), 0, 1, 4, 1);
        }
    }

    private Node chip(Original o, String colour) {
        String c = colour == null ? "-color-accent-emphasis" : colour;
        boolean released = OriginalsViewModel.RELEASED.equals(o.status());
        Button b = new Button(o.title());
        b.setMnemonicParsing(false);
        b.setWrapText(true);
        b.setMaxWidth(Double.MAX_VALUE);
        // lines break between words only: never narrower than the longest word ("Blockbuster" stays whole)
        b.setMinWidth(Views.longestWordWidth(o.title(), b.getFont()) + 28);
        b.getStyleClass().add(released ? "original-released" : "original-announced");
        // the text black or white, whichever reads on the platform's colour (WCAG AA)
        b.setStyle(released ? "-fx-background-color: " + c + "; -fx-text-fill: " + textOn(colour) + ";"
                : "-fx-border-color: " + c + ";");
        String what = describe(o);
        b.setTooltip(Views.tooltip(what));
        b.setAccessibleText(what);
        b.setOnAction(e -> {
            vm.selectedProperty().set(o);
            table.getSelectionModel().select(o);
            table.scrollTo(o);
        });
        return b;
    }

    /** An original whole: title, kind, status, year and source, for a tooltip. */
    private String describe(Original o) {
        return m.format("originals.chip", o.title(), m.kind(o.kind()), m.get("originals.status." + o.status()),
                o.year() == null ? m.get("originals.noYear") : o.year().toString(), m.citation(o.source().citation()));
    }

    private static String textOn(String colour) {
        return colour == null ? "-color-fg-emphasis" : fr.vodcompare.chart.PlatformPalette.textOn(colour);
    }

    private Node table() {
        table.setId("originals-table");
        table.setItems(vm.shown());
        table.setAccessibleText(m.get("originals.table.accessible"));
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        TableColumn<Original, Original> link = new TableColumn<>(m.get("sources.col.link"));
        link.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        link.setCellFactory(c -> new SourceLinkCell<>(Original::source, vm::openSource, m));
        link.setPrefWidth(200);
        link.setSortable(false);
        table.getColumns().setAll(List.of(
                Views.column(m.get("catalogue.col.title"), 220, Original::title),
                Views.column(m.get("catalogue.col.platform"), 120, o -> vm.platformName(o.platformId())),
                Views.column(m.get("catalogue.col.kind"), 80, o -> m.kind(o.kind())),
                Views.column(m.get("originals.status"), 100, o -> m.get("originals.status." + o.status())),
                Views.column(m.get("catalogue.col.year"), 70, o -> o.year() == null ? "" : o.year().toString()),
                Views.column(m.get("sources.col.source"), 460, o -> m.citation(o.source().citation())),
                link));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        // the whole row, wrapped, on hover: the table cuts long sources
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<Original> row = new javafx.scene.control.TableRow<>();
            row.itemProperty().addListener((o, was, now) -> row.setTooltip(now == null ? null : Views.tooltip(describe(now))));
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                vm.openSource(table.getSelectionModel().getSelectedItem());
            }
        });
        return table;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public boolean canExport() {
        return true;
    }

    @Override
    public void export() {
        Views.exportCsv(root, files, m, m.get("originals.export.fileName"), status, vm::exportCsv);
    }
}
