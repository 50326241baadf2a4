package fr.vodcompare.ui.export;

import atlantafx.base.theme.Styles;
import fr.vodcompare.chart.ChartFactory;
import fr.vodcompare.chart.ChartSpec;
import fr.vodcompare.ui.ChartExports;
import fr.vodcompare.ui.Failures;
import fr.vodcompare.ui.Messages;
import fr.vodcompare.ui.Views;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * A chart of the chart package as a screen shows it: the publishable chart (the same node the PNG export draws),
 * and above it Export PNG… (the dialog), Copy and its numbers as CSV, with a status saying how an export went.
 * A chart with no data has nothing to export: its buttons are disabled. FX thread only.
 */
public final class ChartTile {
    /** The least height of a tile's plot, under its title, subtitle and legend and above its notes and source. */
    static final double PLOT_MIN_HEIGHT = 240;

    private final Messages m;
    private final ChartExports exports;
    private final Function<ChartSpec, ChartExportViewModel> exportOne;
    private final Supplier<String> platformNames;
    /** What the Export PNG dialog says of the platforms, or null for its own words. */
    private final String platformsHelp;

    /**
     * @param exportOne     the Export PNG dialog's state for a chart (the screen's platforms and export size)
     * @param platformNames the names of the platforms shown, for the dialog ("Netflix, Prime Video")
     */
    public ChartTile(Messages m, ChartExports exports, Function<ChartSpec, ChartExportViewModel> exportOne,
                     Supplier<String> platformNames) {
        this(m, exports, exportOne, platformNames, null);
    }

    /** As above, with the dialog's words on the platforms (a screen that always shows the same ones). */
    public ChartTile(Messages m, ChartExports exports, Function<ChartSpec, ChartExportViewModel> exportOne,
                     Supplier<String> platformNames, String platformsHelp) {
        this.m = m;
        this.exports = exports;
        this.exportOne = exportOne;
        this.platformNames = platformNames;
        this.platformsHelp = platformsHelp;
    }

    /**
     * A tile of the chart, {@code height} pixels high for the chart itself, or taking the height it is given when
     * {@code height} is 0; ids end with the chart's id.
     */
    public VBox create(ChartSpec spec, double height) {
        // its least height is its texts' and a readable plot's: a tile grows past its height rather than squash its plot
        // when the texts wrap (What changed in French at 1024 px: its plot was a line under four notes)
        Region chart = ChartFactory.create(spec, PLOT_MIN_HEIGHT);
        if (height > 0) {
            chart.setPrefHeight(height);
        } else {
            VBox.setVgrow(chart, Priority.ALWAYS);
        }
        Label status = new Label();
        status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        status.setId("chart-status-" + spec.id());
        Button png = Views.button(m.get("chart.exportPng"), Feather.IMAGE);
        png.setId("chart-png-" + spec.id());
        png.setAccessibleText(m.get("chart.exportPng") + " " + spec.title());
        png.setTooltip(Views.tooltip(m.get("chart.exportPng.help")));
        png.setOnAction(e -> exportOne(spec, png, status));
        Button copy = Views.button(m.get("chart.copy"), Feather.COPY);
        copy.setId("chart-copy-" + spec.id());
        copy.setAccessibleText(m.get("chart.copy") + " " + spec.title());
        copy.setOnAction(e -> {
            exports.copy(spec);
            status.setText(m.get("chart.copied"));
        });
        Button csv = Views.iconButton(Feather.FILE_TEXT, m.get("chart.exportCsv"));
        csv.setId("chart-csv-" + spec.id());
        csv.setOnAction(e -> exports.saveCsv(csv.getScene().getWindow(), m, spec,
                f -> status.setText(m.format("chart.saved", f.getFileName().toString())), err -> failed(csv, err)));
        for (Button b : new Button[] {png, copy}) {
            b.getStyleClass().add(Styles.SMALL);
        }
        for (Button b : new Button[] {png, copy, csv}) {
            b.setDisable(spec.isEmpty());
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox tools = new HBox(6, status, gap, png, copy, csv);
        tools.setAlignment(Pos.CENTER_RIGHT);
        VBox tile = new VBox(6, tools, chart);
        tile.setId("chart-" + spec.id());
        tile.getStyleClass().add("chart-tile");
        tile.setPadding(new Insets(8));
        tile.setAccessibleText(spec.title());
        return tile;
    }

    private void failed(Node owner, Throwable e) {
        Views.error(owner.getScene().getWindow(), m, m.get("chart.saveFailed"), Failures.text(e, m));
    }

    /** The Export PNG dialog; the tile says how the export goes. */
    private void exportOne(ChartSpec spec, Button png, Label status) {
        ChartExportViewModel export = exportOne.apply(spec);
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
        Window owner = png.getScene().getWindow();
        (platformsHelp == null ? new ChartExportDialog(export, m, exports.files(), owner, platformNames.get())
                : new ChartExportDialog(export, m, exports.files(), owner, platformNames.get(), platformsHelp)).show();
    }
}
