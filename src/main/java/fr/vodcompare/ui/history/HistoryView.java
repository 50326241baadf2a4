package fr.vodcompare.ui.history;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import fr.vodcompare.analysis.SnapshotDiff;
import fr.vodcompare.chart.ChartSpec;
import fr.vodcompare.model.MatchRule;
import fr.vodcompare.model.Platform;
import fr.vodcompare.model.Snapshot;
import fr.vodcompare.ui.ChartExports;
import fr.vodcompare.ui.FileAsker;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Screen;
import fr.vodcompare.ui.Views;
import fr.vodcompare.ui.export.ChartTile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The What changed screen: platform, territory and two catalogues; the counts; the honest word on what the files
 * allow; the four lists behind a filter, Export CSV; the chart of what came and went, with Export PNG.
 */
public final class HistoryView implements Screen {
    static final double CHART_HEIGHT = 560;
    private static final String[] COUNTS = {"added", "removed", "changed", "unchanged", "ambiguous"};

    private final HistoryViewModel vm;
    private final Messages m;
    private final FileAsker files;
    private final ChartExports exports;
    private final VBox content = new VBox(12);
    private final ScrollPane root = new ScrollPane(content);
    private final CustomTextField filter = new CustomTextField();
    private final Label status = new Label();
    private final Map<String, Label> counts = new LinkedHashMap<>();
    private final Label matchedBy = Views.muted("");
    private final Label honest = Views.muted("");
    private final StackPane chart = new StackPane();

    public HistoryView(HistoryViewModel vm, Messages m, FileAsker files, ChartExports exports) {
        this.vm = vm;
        this.m = m;
        this.files = files;
        this.exports = exports;
        vm.localeProperty().set(m.locale());
        content.setId("history");
        content.setPadding(new Insets(14));
        Node lists = new HistoryLists(vm, m).build();
        ((Region) lists).setPrefHeight(400);
        ((Region) lists).setMinHeight(300);
        Label problem = new Label();
        problem.setId("history-message");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.WARNING);
        problem.textProperty().bind(Bindings.createStringBinding(() -> vm.messageProperty().get() == null ? ""
                : m.text(vm.messageProperty().get()), vm.messageProperty()));
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        honest.setId("history-honest");
        content.getChildren().addAll(choices(), problem, countsRow(), matchedBy, honest, filterBar(), lists,
                Views.muted(m.get("history.chart.help")), chart);
        root.setFitToWidth(true);
        vm.diffProperty().addListener((o, was, now) -> showCounts(now));
        showCounts(vm.diffProperty().get());
        vm.chartProperty().addListener((o, was, now) -> showChart(now));
        showChart(vm.chartProperty().get());
    }

    private Node choices() {
        ComboBox<String> platform = new ComboBox<>();
        platform.setId("history-platform");
        Views.names(platform, id -> id == null ? "" : vm.name(id));
        Runnable fill = () -> platform.getItems().setAll(vm.platforms().stream().map(Platform::id).toList());
        vm.platforms().addListener((ListChangeListener<Platform>) c -> fill.run());
        fill.run();
        platform.valueProperty().bindBidirectional(vm.platformProperty());
        ComboBox<String> territory = new ComboBox<>(vm.territories());
        territory.setId("history-territory");
        Views.names(territory, this::territory);
        territory.valueProperty().bindBidirectional(vm.territoryProperty());
        territory.setTooltip(Views.tooltip(m.get("history.territory.help")));
        ComboBox<Snapshot> from = snapshotBox("history-from");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        ComboBox<Snapshot> to = snapshotBox("history-to");
        to.valueProperty().bindBidirectional(vm.toProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.loadingProperty());
        busy.setAccessibleText(m.get("history.loading"));
        Label comparing = Views.muted(m.get("history.loading"));
        comparing.setId("history-loading");
        comparing.visibleProperty().bind(vm.loadingProperty());
        comparing.managedProperty().bind(vm.loadingProperty()); // no room kept for it (a blank line at 1024 px) otherwise
        // platform and territory, then the two catalogues: each pair on a line of its own, wrapping in a narrow window
        FlowPane where = new FlowPane(16, 8, pair("history.platform", platform), pair("history.territory", territory), busy, comparing);
        FlowPane when = new FlowPane(16, 8, pair("history.from", from), pair("history.to", to));
        for (FlowPane f : List.of(where, when)) {
            f.setAlignment(Pos.CENTER_LEFT);
            // its height follows the width it has, not the default wrap length (a French row then took two lines' height)
            f.prefWrapLengthProperty().bind(content.widthProperty().subtract(30));
        }
        return new VBox(8, where, when);
    }

    private HBox pair(String key, Node control) {
        HBox h = new HBox(6, Views.labelFor(m.get(key), control), control);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private ComboBox<Snapshot> snapshotBox(String id) {
        ComboBox<Snapshot> box = new ComboBox<>(vm.snapshots());
        box.setId(id);
        Views.names(box, s -> s == null ? "" : m.format(s.bundled() ? "history.snapshot.bundled" : "history.snapshot",
                m.date(s.asOf()), s.titleCount()));
        return box;
    }

    private String territory(String code) {
        return code == null ? "" : Snapshot.UNSTATED.equals(code) ? m.get("data.territory.unstated") : code;
    }

    /** Five figures in a row, each with its word; their tooltips say what each counts, with the two dates. */
    private Node countsRow() {
        HBox row = new HBox(10);
        row.setId("history-counts");
        for (String key : COUNTS) {
            Label number = new Label("–");
            number.setId("history-count-" + key);
            number.getStyleClass().add(Styles.TITLE_3);
            if (key.equals("added") || key.equals("removed")) {
                // the colours of the chart's two bars
                number.getStyleClass().add(key.equals("added") ? Styles.SUCCESS : Styles.DANGER);
            }
            Label word = new Label(m.get("history.count." + key));
            word.getStyleClass().add(Styles.TEXT_MUTED);
            VBox box = new VBox(0, number, word);
            box.getStyleClass().add("history-count");
            box.setPadding(new Insets(6, 12, 6, 12));
            box.setMinWidth(Region.USE_PREF_SIZE);
            counts.put(key, number);
            row.getChildren().add(box);
        }
        return row;
    }

    private void showCounts(SnapshotDiff d) {
        Map<String, Integer> n = d == null ? Map.of() : d.counts();
        counts.forEach((key, label) -> {
            label.setText(d == null ? "–" : m.count(n.get(key)));
            VBox box = (VBox) label.getParent();
            String from = d == null ? "…" : m.date(d.from().asOf());
            String to = d == null ? "…" : m.date(d.to().asOf());
            String help = m.format("history.count." + key + ".help", from, to);
            Tooltip.install(box, Views.tooltip(help));
            box.setAccessibleText(label.getText() + " " + m.get("history.count." + key) + ". " + help);
        });
        Function<MatchRule, Integer> by = r -> d == null ? 0 : d.matchedBy().getOrDefault(r, 0);
        matchedBy.setText(d == null ? "" : m.format("history.matchedBy", by.apply(MatchRule.ID), by.apply(MatchRule.TITLE_YEAR),
                by.apply(MatchRule.TITLE_YEAR_1), by.apply(MatchRule.TITLE_SERIES)));
        honest.setText(d == null ? "" : m.format("history.honest", m.date(d.from().asOf()), m.date(d.to().asOf())));
    }

    private Node filterBar() {
        filter.setId("history-filter");
        filter.getStyleClass().add("search-field");
        filter.setPromptText(m.get("history.filter.prompt"));
        filter.setAccessibleText(m.get("history.filter.prompt"));
        filter.setLeft(Views.icon(Feather.FILTER));
        Button clear = Views.iconButton(Feather.X, m.get("catalogue.search.clear"));
        clear.setOnAction(e -> {
            filter.clear();
            filter.requestFocus();
        });
        clear.visibleProperty().bind(filter.textProperty().isNotEmpty());
        filter.setRight(clear);
        filter.textProperty().bindBidirectional(vm.filterProperty());
        filter.setPrefColumnCount(28);
        Button export = Views.button(m.get("history.export"), Feather.DOWNLOAD);
        export.setId("history-export");
        export.setTooltip(Views.tooltip(m.get("history.export.help")));
        export.disableProperty().bind(vm.diffProperty().isNull());
        export.setOnAction(e -> export());
        status.setId("history-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Views.noShrink(export);
        HBox bar = new HBox(10, filter, gap, status, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void showChart(ChartSpec spec) {
        if (spec == null) {
            chart.getChildren().clear();
            return;
        }
        ChartTile tile = new ChartTile(m, exports, vm::exportChart, () -> vm.name(vm.platformProperty().get()),
                m.get("export.platforms.history"));
        chart.getChildren().setAll(tile.create(spec, CHART_HEIGHT));
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
        if (vm.diffProperty().get() != null) {
            Views.exportCsv(root, files, m, m.get("history.export.fileName"), status, vm::exportCsv);
        }
    }

    @Override
    public void shown() {
        vm.shown();
    }

    @Override
    public void focusSearch() {
        filter.requestFocus();
        filter.selectAll();
    }
}
