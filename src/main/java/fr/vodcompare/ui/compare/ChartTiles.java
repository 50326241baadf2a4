package fr.vodcompare.ui.compare;

import atlantafx.base.theme.Styles;
import fr.vodcompare.chart.ChartSpec;
import fr.vodcompare.ui.ChartExports;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Views;
import fr.vodcompare.ui.export.ChartTile;
import fr.vodcompare.ui.export.ExportAllDialog;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The dashboard: every chart of the chart package for the platforms chosen, one to a row at about the size it
 * is exported (its texts are made for 1200 × 675), each with Export PNG, Copy and its data as CSV. FX thread only.
 */
final class ChartTiles {
    static final double TILE_HEIGHT = 660;

    private final CompareViewModel vm;
    private final Messages m;
    private final ChartExports exports;
    private final GridPane grid = new GridPane();
    private final VBox box = new VBox(8);
    private final FlowPane jumps = new FlowPane(4, 2);
    private final java.util.function.Consumer<Node> scrollTo;

    /** @param scrollTo brings a tile into view (the screen's scroll pane) */
    ChartTiles(CompareViewModel vm, Messages m, ChartExports exports, java.util.function.Consumer<Node> scrollTo) {
        this.vm = vm;
        this.m = m;
        this.exports = exports;
        this.scrollTo = scrollTo;
    }

    Node build() {
        Label title = new Label(m.get("compare.charts"));
        title.getStyleClass().add(Styles.TITLE_3);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.chartsLoadingProperty());
        busy.setAccessibleText(m.get("compare.charts.loading"));
        Button all = Views.button(m.get("compare.exportAll"), Feather.DOWNLOAD);
        all.setId("compare-export-all");
        all.setTooltip(Views.tooltip(m.get("compare.exportAll.help")));
        all.setOnAction(e -> exportAll(all));
        // no platform chosen: nothing to export
        all.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.chosen()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(10, title, busy, gap, all);
        head.setAlignment(Pos.CENTER_LEFT);
        grid.setId("compare-charts");
        grid.setHgap(14);
        grid.setVgap(14);
        ColumnConstraints column = new ColumnConstraints(600, 1100, 1240);
        column.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().add(column);
        vm.specs().addListener((ListChangeListener<ChartSpec>) c -> draw());
        draw();
        jumps.setAccessibleText(m.get("compare.charts.jump"));
        box.getChildren().addAll(head, Views.muted(m.get("compare.charts.help")), jumps, grid);
        return box;
    }

    private void draw() {
        grid.getChildren().clear();
        jumps.getChildren().clear();
        List<ChartSpec> specs = vm.specs();
        for (int i = 0; i < specs.size(); i++) {
            Node tile = tile(specs.get(i));
            grid.add(tile, 0, i);
            Hyperlink jump = new Hyperlink(specs.get(i).title());
            jump.setOnAction(e -> scrollTo.accept(tile));
            jumps.getChildren().add(jump);
        }
    }

    private Node tile(ChartSpec spec) {
        return new ChartTile(m, exports, vm::exportOne, this::platformNames).create(spec, TILE_HEIGHT);
    }

    /** Export all charts… (also File > Export, Ctrl+E, on this screen). */
    void exportAll(Node from) {
        new ExportAllDialog(vm.exportAll(), m, exports.files(), from.getScene().getWindow(), platformNames(), vm::openFolder)
                .show();
    }

    private String platformNames() {
        return String.join(", ", vm.chosenNames());
    }
}
