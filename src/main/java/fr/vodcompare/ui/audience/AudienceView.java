package fr.vodcompare.ui.audience;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import fr.vodcompare.chart.ChartSpec;
import fr.vodcompare.model.Fact;
import fr.vodcompare.ui.ChartExports;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Periods;
import fr.vodcompare.ui.Screen;
import fr.vodcompare.ui.SourceLinkCell;
import fr.vodcompare.ui.Views;
import fr.vodcompare.ui.audience.AudienceViewModel.Series;
import fr.vodcompare.ui.export.ChartTile;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Audience screen: one metric over time by subject, named and defined, drawn by the chart package (the picture
 * Export PNG writes), the subjects to show or hide beside it, and every figure with its source below. FX thread only.
 */
public final class AudienceView implements Screen {
    private final AudienceViewModel vm;
    private final Messages m;
    private final ChartTile tiles;
    static final double CHART_HEIGHT = 600;
    private final BorderPane root = new BorderPane();
    private final StackPane chart = new StackPane();
    private final VBox legend = new VBox(6);
    private final Label title = new Label();
    private final Label definition = new Label();
    private final Label warning = new Label();
    private final Label leftOff = new Label();
    private final BooleanProperty alive = new SimpleBooleanProperty(true);
    private final ListChangeListener<Series> seriesChanged = c -> showLegend();

    public AudienceView(AudienceViewModel vm, Messages m, ChartExports exporter) {
        this.vm = vm;
        this.m = m;
        this.tiles = new ChartTile(m, exporter, vm::exportOne, vm::shownNames);
        root.setId("audience");
        vm.localeProperty().set(m.locale());
        root.setTop(header());
        SplitPane split = new SplitPane(centre(), table());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.7);
        root.setCenter(split);
        vm.series().addListener(seriesChanged);
        vm.metricProperty().when(alive).addListener(o -> describe());
        vm.specProperty().when(alive).addListener((o, was, now) -> showChart(now));
        describe();
        showLegend();
        showChart(vm.specProperty().get());
    }

    private Node header() {
        ComboBox<String> metric = new ComboBox<>(vm.metrics());
        metric.setId("audience-metric");
        Views.names(metric, id -> id == null ? "" : m.metric(id));
        // one way each, never null: the list clears its value while the view model replaces its items
        metric.setValue(vm.metricProperty().get());
        metric.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.metricProperty().set(now);
            }
        });
        vm.metricProperty().when(alive).addListener((o, was, now) -> metric.setValue(now));
        metric.setPrefWidth(340);
        metric.setMinWidth(200);
        title.setId("audience-title");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        definition.setWrapText(true);
        definition.setId("audience-definition");
        warning.setWrapText(true);
        warning.setId("audience-warning");
        warning.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_BOLD);
        warning.managedProperty().bind(warning.visibleProperty());
        HBox bar = new HBox(10, Views.labelFor(m.get("audience.metric"), metric), metric, title);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, bar, definition, warning);
        box.setPadding(new Insets(10, 12, 10, 12));
        box.getStyleClass().add("screen-bar");
        return box;
    }

    private Node centre() {
        legend.setPadding(new Insets(12));
        legend.setAccessibleText(m.get("audience.legend"));
        ScrollPane side = new ScrollPane(legend);
        side.setFitToWidth(true);
        side.setMinWidth(180);
        side.setPrefWidth(210);
        chart.setId("audience-chart");
        ScrollPane picture = new ScrollPane(chart);
        picture.setFitToWidth(true);
        BorderPane p = new BorderPane(picture);
        p.setRight(side);
        return p;
    }

    private Node table() {
        TableView<Fact> t = new TableView<>(vm.figures());
        t.setId("audience-table");
        t.setAccessibleText(m.get("audience.table.accessible"));
        t.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        TableColumn<Fact, Fact> link = new TableColumn<>(m.get("sources.col.link"));
        link.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        link.setCellFactory(c -> new SourceLinkCell<>(Fact::source, vm::openSource, m));
        link.setPrefWidth(180);
        t.getColumns().setAll(List.of(
                Views.column(m.get("audience.col.subject"), 180, Fact::platformLabel),
                Views.column(m.get("sources.col.period"), 100, f -> m.period(f.period())),
                Views.column(m.get("sources.col.value"), 200, m::value),
                Views.column(m.get("sources.col.source"), 380, f -> m.citation(f.source().citation())),
                link,
                Views.column(m.get("sources.col.note"), 300, Fact::note)));
        leftOff.setWrapText(true);
        leftOff.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        leftOff.managedProperty().bind(leftOff.visibleProperty());
        leftOff.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.notPlotted()));
        leftOff.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> m.format("audience.notPlotted", vm.notPlotted().size()), vm.notPlotted()));
        VBox box = new VBox(4, leftOff, t);
        box.setPadding(new Insets(6, 0, 0, 0));
        VBox.setVgrow(t, Priority.ALWAYS);
        return box;
    }

    private void describe() {
        String id = vm.metricProperty().get();
        title.setText(m.metric(id));
        definition.setText(m.has("metric." + id + ".help") ? m.get("metric." + id + ".help") : "");
        warning.setVisible(m.has("metric." + id + ".warning"));
        warning.setText(warning.isVisible() ? m.get("metric." + id + ".warning") : "");
    }

    private void showChart(ChartSpec spec) {
        // at about the size it is exported (its texts are made for 1200 × 675); the pane scrolls in a small window
        chart.getChildren().setAll(spec == null ? Views.muted(m.get("audience.loading")) : tiles.create(spec, CHART_HEIGHT));
    }

    private void showLegend() {
        legend.getChildren().clear();
        Label head = new Label(m.get("audience.legend"));
        head.getStyleClass().add(Styles.TEXT_BOLD);
        legend.getChildren().add(head);
        for (Series s : vm.series()) {
            legend.getChildren().add(toggle(s));
        }
        Button all = new Button(m.get("audience.showAll"));
        all.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        all.setOnAction(e -> List.copyOf(vm.series()).forEach(s -> vm.show(s.key(), true)));
        legend.getChildren().add(all);
    }

    private Node toggle(Series s) {
        CheckBox cb = new CheckBox(s.name());
        cb.setSelected(!vm.hidden().contains(s.key()));
        cb.selectedProperty().addListener((o, was, now) -> vm.show(s.key(), now));
        cb.setId("audience-series-" + s.key());
        cb.setWrapText(true);
        Region swatch = new Region();
        swatch.setMinSize(14, 4);
        swatch.setMaxSize(14, 4);
        swatch.setStyle("-fx-background-color: " + s.colour() + ";");
        cb.setGraphic(swatch);
        cb.setTooltip(Views.tooltip(m.format("audience.last", m.period(s.last().period()),
                m.value(s.last()))));
        return cb;
    }

    @Override
    public void dispose() {
        alive.set(false);
        vm.series().removeListener(seriesChanged);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public boolean canExport() {
        return vm.specProperty().get() != null && !vm.specProperty().get().isEmpty();
    }

    @Override
    public void export() {
        chart.lookupAll(".button").stream().filter(n -> n.getId() != null && n.getId().startsWith("chart-png-"))
                .findFirst().ifPresent(n -> ((Button) n).fire());
    }
}
