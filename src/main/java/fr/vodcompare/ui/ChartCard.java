package fr.vodcompare.ui;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * A chart with its title and its sources, and the buttons Export PNG and Copy. The picture holds the
 * title, the chart and the sources line (not the buttons), ready to publish. FX thread only.
 */
public final class ChartCard {
    private final Messages m;
    private final String name;
    private final ChartExports exporter;
    private final VBox picture;
    private final Label sources = new Label();
    private final Label status = new Label();
    private final BorderPane card = new BorderPane();

    /** @param name file name stem for the PNG and id prefix ("audience") */
    public ChartCard(Messages m, String name, Label title, Node chart, ChartExports exporter) {
        this.m = m;
        this.name = name;
        this.exporter = exporter;
        sources.setWrapText(true);
        sources.setMinHeight(Region.USE_PREF_SIZE);
        sources.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        picture = new VBox(6, title, chart, sources);
        VBox.setVgrow(chart, Priority.ALWAYS);
        picture.setPadding(new Insets(12));
        picture.getStyleClass().add("chart-picture");
        Button png = Views.button(m.get("chart.exportPng"), Feather.IMAGE);
        png.setId(name + "-export-png");
        png.setOnAction(e -> exportPng());
        Button copy = Views.button(m.get("chart.copy"), Feather.COPY);
        copy.setId(name + "-copy");
        copy.setOnAction(e -> {
            PngImages.copy(picture);
            status.setText(m.get("chart.copied"));
        });
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.setId(name + "-status");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox tools = new HBox(8, gap, status, png, copy);
        tools.setAlignment(Pos.CENTER_RIGHT);
        tools.setPadding(new Insets(6, 12, 0, 12));
        card.setTop(tools);
        card.setCenter(picture);
        card.getStyleClass().add("chart-card");
    }

    public Node node() {
        return card;
    }

    public void setSources(String text) {
        sources.setText(text);
    }

    /** Asks where to save, then saves the picture (title, chart and sources, at twice the screen's sharpness). */
    public void exportPng() {
        Path file = exporter.askPng(card.getScene().getWindow(), m, name);
        if (file == null) {
            return;
        }
        status.setText(m.get("chart.saving"));
        exporter.writePng(picture, file, f -> status.setText(m.format("chart.saved", f.getFileName().toString())), e -> {
            status.setText("");
            Views.error(card.getScene().getWindow(), m, m.get("chart.saveFailed"), e.getMessage());
        });
    }
}
