package fr.vodcompare.ui.top10;

import fr.vodcompare.chart.ChartSpec;
import fr.vodcompare.ui.ChartExports;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Views;
import fr.vodcompare.ui.export.ChartTile;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The Top 10 charts, one to a row at about their exported size, each with Export PNG (the Compare screen's dialog). FX thread only. */
final class Top10ChartTiles {
    private static final double TILE_HEIGHT = 640;

    private final Top10ViewModel vm;
    private final Messages m;
    private final ChartExports exports;
    private final VBox tiles = new VBox(14);

    Top10ChartTiles(Top10ViewModel vm, Messages m, ChartExports exports) {
        this.vm = vm;
        this.m = m;
        this.exports = exports;
    }

    Node build() {
        tiles.setId("top10-charts");
        tiles.setPadding(new Insets(12));
        vm.charts().addListener((ListChangeListener<ChartSpec>) c -> draw());
        draw();
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void draw() {
        tiles.getChildren().setAll(Views.muted(m.get(vm.charts().isEmpty() ? "top10.charts.none" : "top10.charts.help")));
        for (ChartSpec spec : vm.charts()) {
            tiles.getChildren().add(tile(spec));
        }
    }

    private Node tile(ChartSpec spec) {
        VBox tile = new ChartTile(m, exports, vm::exportOne, () -> "Netflix", m.get("export.platforms.top10"))
                .create(spec, TILE_HEIGHT);
        tile.setMaxWidth(1240 + 16);
        return tile;
    }
}
