package fr.vodcompare.chart;

import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * A publishable chart: title, subtitle, legend, the chart itself, notes, then the source line and the
 * data's date. Texts wrap and keep their height; the chart takes what is left. FX thread only.
 */
final class ChartFrame extends VBox {
    static final String STYLESHEET = Objects.requireNonNull(ChartFrame.class.getResource("chart.css"),
            "chart.css is missing").toExternalForm();

    /** The least height of the chart itself (between the legend and the notes) when the texts leave it little room. */
    static final double PLOT_MIN_HEIGHT = 120;

    ChartFrame(ChartSpec spec, ChartTexts texts) {
        this(spec, texts, PLOT_MIN_HEIGHT);
    }

    /** With {@code plotMinHeight} as the chart's least height: the frame's own least height is its texts' and that. */
    ChartFrame(ChartSpec spec, ChartTexts texts, double plotMinHeight) {
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("vc-chart");
        setFillWidth(true);
        getChildren().add(text(spec.title(), "vc-title"));
        if (!spec.subtitle().isBlank()) {
            getChildren().add(text(spec.subtitle(), "vc-subtitle"));
        }
        if (showsLegend(spec)) {
            getChildren().add(legend(spec));
        }
        Node body = spec.isEmpty() ? empty(texts) : ChartBodies.create(spec, texts.numbers());
        VBox.setVgrow(body, Priority.ALWAYS);
        if (body instanceof Region r) {
            r.setMinHeight(plotMinHeight);
        }
        getChildren().add(body);
        for (String note : spec.notes()) {
            getChildren().add(text(note, "vc-note"));
        }
        VBox footer = new VBox();
        // no figure, no source: an empty chart has no "Source:" line
        if (!spec.isEmpty() && !spec.source().isBlank()) {
            footer.getChildren().add(text(spec.source(), "vc-source"));
        }
        footer.getChildren().add(text(spec.dataDate().isBlank() || spec.isEmpty() ? texts.get("brand")
                : spec.dataDate() + " · " + texts.get("brand"), "vc-date"));
        footer.getStyleClass().add("vc-footer");
        getChildren().add(footer);
    }

    /** A legend when colours tell series apart; a ranking (one series, each bar named on its axis) needs none. */
    static boolean showsLegend(ChartSpec spec) {
        return spec.series().size() > 1 || spec.type() == ChartType.LINE;
    }

    private static FlowPane legend(ChartSpec spec) {
        FlowPane legend = new FlowPane();
        legend.getStyleClass().add("vc-legend");
        for (ChartSeries s : spec.series()) {
            Node swatch;
            if (s.key().equals(fr.vodcompare.analysis.AudienceSeries.MARKET)) {
                // the whole market: a dashed reference line, as on the chart, not a platform's swatch
                javafx.scene.shape.Line line = new javafx.scene.shape.Line(0, 7, 24, 7);
                line.getStyleClass().add("vc-legend-reference");
                line.setStyle("-fx-stroke: " + s.colour() + "; -fx-stroke-width: 2.5px; -fx-stroke-dash-array: 6 4;");
                swatch = line;
            } else {
                Rectangle box = new Rectangle(14, 14);
                box.setStyle("-fx-fill: " + s.colour() + ";");
                swatch = box;
            }
            Label item = new Label(s.name(), swatch);
            item.getStyleClass().add("vc-legend-item");
            item.setMinWidth(Region.USE_PREF_SIZE);
            legend.getChildren().add(item);
        }
        return legend;
    }

    private static Label text(String s, String styleClass) {
        Label l = new Label(s);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static Node empty(ChartTexts texts) {
        Label l = new Label(texts.get("chart.empty"));
        l.getStyleClass().add("vc-empty");
        StackPane p = new StackPane(l);
        p.setAlignment(Pos.CENTER);
        return p;
    }
}
