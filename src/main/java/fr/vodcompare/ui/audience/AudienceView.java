package fr.vodcompare.ui.audience;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import fr.vodcompare.model.Fact;
import fr.vodcompare.ui.ChartCard;
import fr.vodcompare.ui.ChartExports;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Periods;
import fr.vodcompare.ui.Screen;
import fr.vodcompare.ui.SourceLinkCell;
import fr.vodcompare.ui.Views;
import fr.vodcompare.ui.audience.AudienceViewModel.Point;
import fr.vodcompare.ui.audience.AudienceViewModel.Series;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/** The Audience screen: one metric over time by platform, named and defined, with every figure's source. */
public final class AudienceView implements Screen {
    static final String[] PALETTE = {"#4C78A8", "#F58518", "#54A24B", "#B279A2", "#9D755D", "#E45756", "#72B7B2",
            "#EECA3B", "#FF9DA6", "#79706E", "#D67195", "#439894", "#83BCB6", "#BAB0AC"};

    private final AudienceViewModel vm;
    private final Messages m;
    private final BorderPane root = new BorderPane();
    private final NumberAxis x = new NumberAxis();
    private final NumberAxis y = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(x, y);
    private final VBox legend = new VBox(6);
    private final Label title = new Label();
    private final Label definition = new Label();
    private final Label warning = new Label();
    private final Label leftOff = new Label();
    private final ChartCard card;
    private final javafx.beans.property.BooleanProperty alive = new javafx.beans.property.SimpleBooleanProperty(true);
    private Runnable onDispose = () -> { };

    public AudienceView(AudienceViewModel vm, Messages m, ChartExports exporter) {
        this.vm = vm;
        this.m = m;
        root.setId("audience");
        chart.setId("audience-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCreateSymbols(true);
        x.setForceZeroInRange(false);
        x.setAutoRanging(false);
        x.setTickUnit(1);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return Integer.toString(n.intValue());
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s);
            }
        });
        y.setForceZeroInRange(true);
        card = new ChartCard(m, "audience", title, chart, exporter);
        root.setTop(header());
        SplitPane split = new SplitPane(centre(), table());
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.66);
        root.setCenter(split);
        ListChangeListener<Series> seriesChanged = c -> redraw();
        SetChangeListener<String> hiddenChanged = c -> redraw();
        vm.series().addListener(seriesChanged);
        vm.hidden().addListener(hiddenChanged);
        vm.metricProperty().when(alive).addListener(o -> describe());
        onDispose = () -> {
            alive.set(false);
            vm.series().removeListener(seriesChanged);
            vm.hidden().removeListener(hiddenChanged);
        };
        describe();
        redraw();
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
        title.setId("audience-title");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        definition.setWrapText(true);
        definition.setId("audience-definition");
        warning.setWrapText(true);
        warning.setId("audience-warning");
        warning.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_BOLD);
        warning.managedProperty().bind(warning.visibleProperty());
        HBox bar = new HBox(10, Views.labelFor(m.get("audience.metric"), metric), metric);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, bar, definition, warning);
        box.setPadding(new Insets(10, 12, 10, 12));
        box.getStyleClass().add("screen-bar");
        return box;
    }

    private Node centre() {
        legend.setPadding(new Insets(12));
        legend.setAccessibleText(m.get("audience.legend"));
        ScrollPane side = new ScrollPane(legend);
        side.setFitToWidth(true);
        side.setMinWidth(210);
        side.setPrefWidth(230);
        BorderPane p = new BorderPane(card.node());
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
                Views.column(m.get("sources.col.period"), 100, f -> Periods.label(f.period(), m.locale())),
                Views.column(m.get("sources.col.value"), 200, m::value),
                Views.column(m.get("sources.col.source"), 380, f -> f.source().citation()),
                link,
                Views.column(m.get("sources.col.note"), 300, Fact::note)));
        leftOff.setWrapText(true);
        leftOff.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        leftOff.managedProperty().bind(leftOff.visibleProperty());
        VBox box = new VBox(4, leftOff, t);
        box.setPadding(new Insets(6, 0, 0, 0));
        javafx.scene.layout.VBox.setVgrow(t, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }

    private void describe() {
        String id = vm.metricProperty().get();
        title.setText(m.metric(id));
        definition.setText(m.has("metric." + id + ".help") ? m.get("metric." + id + ".help") : "");
        warning.setVisible(m.has("metric." + id + ".warning"));
        warning.setText(warning.isVisible() ? m.get("metric." + id + ".warning") : "");
    }

    private void redraw() {
        chart.getData().clear();
        legend.getChildren().clear();
        Label head = new Label(m.get("audience.legend"));
        head.getStyleClass().add(Styles.TEXT_BOLD);
        legend.getChildren().add(head);
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        Set<String> sources = new LinkedHashSet<>();
        int i = 0;
        for (Series s : vm.series()) {
            String colour = s.colour() != null ? s.colour() : PALETTE[i % PALETTE.length];
            i++;
            legend.getChildren().add(toggle(s, colour));
            if (vm.hidden().contains(s.key())) {
                continue;
            }
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            line.setName(name(s));
            for (Point p : s.points()) {
                line.getData().add(new XYChart.Data<>(p.x(), p.y(), p));
                min = Math.min(min, p.x());
                max = Math.max(max, p.x());
                sources.add(p.fact().source().citation());
            }
            chart.getData().add(line);
            style(line, colour, s);
        }
        x.setLowerBound(min == Double.MAX_VALUE ? 2015 : Math.floor(min));
        x.setUpperBound(max == -Double.MAX_VALUE ? 2023 : Math.ceil(max + 0.01));
        y.setLabel(m.withUnit("", vm.unitProperty().get()).strip());
        card.setSources(m.format("chart.sources", String.join(" · ", sources)));
        leftOff.setVisible(!vm.notPlotted().isEmpty());
        leftOff.setText(m.format("audience.notPlotted", vm.notPlotted().size()));
    }

    private String name(Series s) {
        return s.name().equals(AudienceViewModel.MARKET) ? m.get("audience.market") : s.name();
    }

    private Node toggle(Series s, String colour) {
        CheckBox cb = new CheckBox(name(s));
        cb.setSelected(!vm.hidden().contains(s.key()));
        cb.selectedProperty().addListener((o, was, now) -> vm.show(s.key(), now));
        cb.setId("audience-series-" + s.key());
        Region swatch = new Region();
        swatch.setMinSize(14, 4);
        swatch.setMaxSize(14, 4);
        swatch.setStyle("-fx-background-color: " + colour + ";");
        cb.setGraphic(swatch);
        Point last = s.points().get(s.points().size() - 1);
        cb.setTooltip(Views.tooltip(m.format("audience.last", Periods.label(last.fact().period(), m.locale()),
                m.value(last.fact()))));
        return cb;
    }

    private void style(XYChart.Series<Number, Number> line, String colour, Series s) {
        line.getNode().setStyle("-fx-stroke: " + colour + "; -fx-stroke-width: 2.5px;");
        for (XYChart.Data<Number, Number> d : line.getData()) {
            Point p = (Point) d.getExtraValue();
            Node n = d.getNode();
            n.setStyle("-fx-background-color: " + colour + ", -color-bg-default; -fx-background-insets: 0, 2;"
                    + " -fx-background-radius: 5px; -fx-padding: 5px;");
            String text = m.format("audience.point", name(s), Periods.label(p.fact().period(), m.locale()), m.value(p.fact()),
                    p.fact().source().citation());
            // The chart binds its symbols' accessible text itself; the tooltip carries the figure and its source.
            Tooltip.install(n, Views.tooltip(text));
            n.setOnMouseClicked(e -> vm.openSource(p.fact()));
            n.setCursor(javafx.scene.Cursor.HAND);
        }
    }

    @Override
    public void dispose() {
        onDispose.run();
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
        card.exportPng();
    }
}
