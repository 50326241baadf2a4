package fr.vodcompare.ui.top10;

import atlantafx.base.theme.Styles;
import fr.vodcompare.chart.ChartFactory;
import fr.vodcompare.chart.ChartSpec;
import fr.vodcompare.ui.ChartExports;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Views;
import fr.vodcompare.ui.export.ChartExportDialog;
import fr.vodcompare.ui.export.ChartExportViewModel;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

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
        Region chart = ChartFactory.create(spec);
        chart.setPrefHeight(TILE_HEIGHT);
        chart.setMinHeight(TILE_HEIGHT);
        chart.setMaxWidth(1240);
        Label status = new Label();
        status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        status.setId("chart-status-" + spec.id());
        Button png = Views.button(m.get("chart.exportPng"), Feather.IMAGE);
        png.setId("chart-png-" + spec.id());
        png.setAccessibleText(m.get("chart.exportPng") + " " + spec.title());
        png.setTooltip(Views.tooltip(m.get("chart.exportPng.help")));
        png.getStyleClass().add(Styles.SMALL);
        png.setOnAction(e -> export(spec, png, status));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox tools = new HBox(6, status, gap, png);
        tools.setAlignment(Pos.CENTER_RIGHT);
        VBox tile = new VBox(6, tools, chart);
        tile.setId("chart-" + spec.id());
        tile.getStyleClass().add("chart-tile");
        tile.setPadding(new Insets(8));
        tile.setAccessibleText(spec.title());
        return tile;
    }

    private void export(ChartSpec spec, Button png, Label status) {
        ChartExportViewModel export = vm.exportOne(spec);
        export.stateProperty().addListener((o, was, now) -> {
            switch (now) {
                case RUNNING:
                    status.setText(m.get("chart.saving"));
                    break;
                case DONE:
                    status.setText(m.format("chart.saved", export.savedProperty().get().getFileName().toString()));
                    break;
                case FAILED:
                    status.setText("");
                    Views.error(png.getScene().getWindow(), m, m.get("chart.saveFailed"), m.text(export.problemProperty().get()));
                    break;
                default:
                    break;
            }
        });
        new ChartExportDialog(export, m, exports.files(), png.getScene().getWindow(), "Netflix",
                m.get("export.platforms.top10")).show();
    }
}
