package fr.vodcompare.chart;

import fr.vodcompare.model.Qualifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/** Turns a spec's series into a JavaFX chart: grouped bars (vertical or horizontal) or lines. FX thread only. */
final class ChartBodies {
    /** Thickest bar, in pixels, so that few bars do not become slabs. */
    private static final double MAX_BAR_HORIZONTAL = 30;
    private static final double MAX_BAR_VERTICAL = 64;
    private static final String MARKET = fr.vodcompare.analysis.AudienceSeries.MARKET;

    private ChartBodies() {
    }

    static Node create(ChartSpec spec, NumberText numbers) {
        return spec.type() == ChartType.LINE ? line(spec, numbers) : bars(spec, numbers);
    }

    private static double max(ChartSpec spec) {
        return spec.series().stream().flatMap(s -> s.points().stream()).filter(p -> !p.isMissing())
                .mapToDouble(ChartPoint::high).max().orElse(0);
    }

    /** Room beyond the longest bar for its label: horizontal labels need more of it the longer they are. */
    private static double headroom(ChartSpec spec) {
        int longest = spec.series().stream().flatMap(s -> s.points().stream()).filter(p -> p.label() != null)
                .mapToInt(p -> p.label().length()).max().orElse(0);
        return spec.type() == ChartType.BARS ? 1.06 + longest * 0.012 : 1.12;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Node bars(ChartSpec spec, NumberText numbers) {
        boolean horizontal = spec.type() == ChartType.BARS;
        double top = max(spec);
        if (spec.reference() != null) {
            top = Math.max(top, spec.reference().value());
        }
        NumberAxis values = Axes.values(spec.unit(), top, headroom(spec), numbers, spec.valueAxisLabel());
        List<String> order = new ArrayList<>(spec.categories());
        if (horizontal) {
            // a vertical category axis lists from the bottom up: reverse it so the first category reads first
            Collections.reverse(order);
        }
        if (!horizontal) {
            order.replaceAll(Axes::twoLines); // under columns, a long category on two lines (the data's the same)
        }
        CategoryAxis categories = new CategoryAxis(FXCollections.observableArrayList(order));
        categories.setLabel(spec.categoryAxisLabel().isBlank() ? null : spec.categoryAxisLabel());
        categories.setTickLabelGap(6);
        categories.setAnimated(false);
        ValueBarChart chart = horizontal
                ? new ValueBarChart<Number, String>(values, categories, true, MAX_BAR_HORIZONTAL)
                : new ValueBarChart<String, Number>(categories, values, false, MAX_BAR_VERTICAL);
        chart.setCategoryGap(horizontal ? 12 : 16);
        chart.setBarGap(horizontal ? 2 : 3);
        chart.setVerticalGridLinesVisible(horizontal);
        chart.setHorizontalGridLinesVisible(!horizontal);
        for (ChartSeries s : spec.series()) {
            XYChart.Series series = new XYChart.Series<>();
            series.setName(s.name());
            for (ChartPoint p : s.points()) {
                double v = p.isMissing() ? 0 : p.high();
                XYChart.Data d = horizontal ? new XYChart.Data<>(v, p.category()) : new XYChart.Data<>(Axes.twoLines(p.category()), v);
                d.setExtraValue(p);
                series.getData().add(d);
            }
            chart.getData().add(series);
            style(s, series, horizontal);
        }
        chart.showLabels();
        if (spec.reference() != null) {
            chart.showReference(spec.reference());
        }
        return chart;
    }

    @SuppressWarnings("rawtypes")
    private static void style(ChartSeries s, XYChart.Series series, boolean horizontal) {
        for (Object o : series.getData()) {
            XYChart.Data d = (XYChart.Data) o;
            ChartPoint p = (ChartPoint) d.getExtraValue();
            String colour = p.colour() != null ? p.colour() : s.colour();
            if (d.getNode() != null) {
                d.getNode().setStyle(p.qualifier() == Qualifier.AT_MOST ? upperBoundFill(colour)
                        : p.isRange() ? rangeFill(colour, p, horizontal) : "-fx-bar-fill: " + colour + ";");
                if (p.qualifier() == Qualifier.AT_MOST) {
                    d.getNode().getStyleClass().add("vc-upper-bound");
                }
            }
        }
    }

    /**
     * An upper bound ("≤ 10 %"): the value is at most the bar's length, so the bar is outlined and hatched, never solid
     * like a value (its label carries the "≤").
     */
    static String upperBoundFill(String colour) {
        return String.format(Locale.ROOT, "-fx-background-color: linear-gradient(from 0px 0px to 7px 7px, repeat, %s 0%%, "
                + "%s 30%%, transparent 30%%, transparent 100%%); -fx-border-color: %s; -fx-border-width: 2px;",
                colour, colour, colour);
    }

    /** Solid up to the low end of the range, lighter from there to the high end. */
    static String rangeFill(String colour, ChartPoint p, boolean horizontal) {
        double stop = p.high() <= 0 ? 100 : 100 * p.low() / p.high();
        String light = PlatformPalette.tint(colour, 0.6);
        return String.format(Locale.ROOT, "-fx-background-color: linear-gradient(to %s, %s 0%%, %s %.2f%%, %s %.2f%%, %s 100%%);",
                horizontal ? "right" : "top", colour, colour, stop, light, stop, light);
    }

    private static Node line(ChartSpec spec, NumberText numbers) {
        double from = Double.MAX_VALUE;
        double to = -Double.MAX_VALUE;
        for (ChartSeries s : spec.series()) {
            for (ChartPoint p : s.points()) {
                from = Math.min(from, p.x());
                to = Math.max(to, p.x());
            }
        }
        if (from > to) {
            from = 0;
            to = 1;
        }
        NumberAxis x = Axes.years(from, to, numbers, spec.categoryAxisLabel().isBlank() ? null : spec.categoryAxisLabel());
        NumberAxis y = Axes.values(spec.unit(), max(spec), 1.12, numbers, spec.valueAxisLabel());
        ValueLineChart chart = new ValueLineChart(x, y);
        chart.setVerticalGridLinesVisible(false);
        List<String> colours = new ArrayList<>();
        for (ChartSeries s : spec.series()) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(s.name());
            for (ChartPoint p : s.points()) {
                // a range sits at its middle; its ends are in its label
                XYChart.Data<Number, Number> d = new XYChart.Data<>(p.x(), p.isRange() ? (p.low() + p.high()) / 2 : p.high());
                d.setExtraValue(p);
                series.getData().add(d);
            }
            chart.getData().add(series);
            colours.add(s.colour());
            // the whole market is not a platform: a dashed line says so
            boolean market = s.key().equals(MARKET);
            series.getNode().setStyle("-fx-stroke: " + s.colour() + (market ? "; -fx-stroke-width: 2px; -fx-stroke-dash-array: 9 6;"
                    : "; -fx-stroke-width: 3px;"));
            for (XYChart.Data<Number, Number> d : series.getData()) {
                if (d.getNode() != null) {
                    d.getNode().setStyle("-fx-background-color: " + s.colour() + ", white; -fx-background-insets: 0, 2.5; "
                            + "-fx-background-radius: 7px; -fx-padding: 6px;");
                }
            }
        }
        chart.showLabels(colours);
        return chart;
    }
}
