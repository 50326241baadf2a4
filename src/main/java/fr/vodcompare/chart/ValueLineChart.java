package fr.vodcompare.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.text.Text;

/**
 * A line chart over a time axis that prints each point's value beside it, each label placed where it
 * overlaps no other label and no point (above, below, right, left, in that order of preference).
 * FX thread only.
 */
final class ValueLineChart extends LineChart<Number, Number> {
    private static final double GAP = 6;

    private final Map<Data<Number, Number>, Text> labels = new LinkedHashMap<>();

    ValueLineChart(NumberAxis x, NumberAxis y) {
        super(x, y);
        setAnimated(false);
        setLegendVisible(false);
        setCreateSymbols(true);
    }

    /**
     * Adds a value label for every point that has one, the series' name on its last point (lines are named
     * where they end, so close colours cannot be confused); call once the data is in.
     *
     * @param colours each series' colour, in order
     */
    void showLabels(List<String> colours) {
        for (int i = 0; i < getData().size(); i++) {
            Series<Number, Number> s = getData().get(i);
            String colour = PlatformPalette.readableOnWhite(colours.get(i));
            for (Data<Number, Number> d : s.getData()) {
                ChartPoint p = (ChartPoint) d.getExtraValue();
                if (p != null && p.label() != null) {
                    boolean last = d == s.getData().get(s.getData().size() - 1);
                    Text t = new Text(last ? s.getName() + " " + p.label() : p.label());
                    t.getStyleClass().add("vc-value-label");
                    // every value in its line's colour (darkened to be read on white), so a label near another
                    // line's point is never read as that line's; a line is named where it ends
                    t.setStyle("-fx-fill: " + colour + ";");
                    if (last) {
                        t.getStyleClass().add("vc-end-label");
                    }
                    t.setTextOrigin(VPos.TOP);
                    t.setManaged(false);
                    labels.put(d, t);
                    getPlotChildren().add(t);
                }
            }
        }
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        List<Bounds> taken = new ArrayList<>();
        for (Data<Number, Number> d : labels.keySet()) {
            Node symbol = d.getNode();
            if (symbol != null) {
                taken.add(symbol.getBoundsInParent());
            }
        }
        double width = getXAxis().getWidth();
        double height = getYAxis().getHeight();
        List<double[]> lines = lineSamples();
        for (Map.Entry<Data<Number, Number>, Text> e : labels.entrySet()) {
            double px = getXAxis().getDisplayPosition(e.getKey().getXValue());
            double py = getYAxis().getDisplayPosition(e.getKey().getYValue());
            Text t = e.getValue();
            Bounds place = place(px, py, t.getLayoutBounds().getWidth(), t.getLayoutBounds().getHeight(), taken, lines,
                    width, height);
            t.setLayoutX(place.getMinX());
            t.setLayoutY(place.getMinY());
            taken.add(place);
            t.toFront();
        }
    }

    /** Points every few pixels along every line, so labels can keep off the lines. */
    private List<double[]> lineSamples() {
        List<double[]> out = new ArrayList<>();
        for (Series<Number, Number> s : getData()) {
            for (int i = 1; i < s.getData().size(); i++) {
                double x0 = getXAxis().getDisplayPosition(s.getData().get(i - 1).getXValue());
                double y0 = getYAxis().getDisplayPosition(s.getData().get(i - 1).getYValue());
                double x1 = getXAxis().getDisplayPosition(s.getData().get(i).getXValue());
                double y1 = getYAxis().getDisplayPosition(s.getData().get(i).getYValue());
                int n = (int) Math.max(2, Math.hypot(x1 - x0, y1 - y0) / 3);
                for (int k = 0; k <= n; k++) {
                    out.add(new double[] {x0 + (x1 - x0) * k / n, y0 + (y1 - y0) * k / n});
                }
            }
        }
        return out;
    }

    /**
     * The first spot around a point that overlaps no label, point or line, inside the plot; else the one
     * overlapping least.
     */
    private static Bounds place(double px, double py, double w, double h, List<Bounds> taken, List<double[]> lines,
                                double width, double height) {
        List<double[]> candidates = new ArrayList<>(List.of(
            new double[] {px - w / 2, py - GAP - h}, new double[] {px - w / 2, py + GAP},
            new double[] {px + GAP + 2, py - h / 2}, new double[] {px - GAP - 2 - w, py - h / 2},
            new double[] {px + GAP, py - GAP - h}, new double[] {px - w - GAP, py - GAP - h},
            new double[] {px + GAP, py + GAP}, new double[] {px - w - GAP, py + GAP}));
        // then further and further away, beside and above or below: labels of points close together stack up
        for (int ring = 1; ring <= 16; ring++) {
            double d = ring * (h + 3);
            candidates.add(new double[] {px + GAP + 2, py - h / 2 + d});
            candidates.add(new double[] {px + GAP + 2, py - h / 2 - d});
            candidates.add(new double[] {px - GAP - 2 - w, py - h / 2 + d});
            candidates.add(new double[] {px - GAP - 2 - w, py - h / 2 - d});
            candidates.add(new double[] {px - w / 2, py + GAP + d});
            candidates.add(new double[] {px - w / 2, py - GAP - h - d});
        }
        Bounds best = null;
        int fewest = Integer.MAX_VALUE;
        for (double[] c : candidates) {
            double x = Math.max(0, Math.min(c[0], width - w));
            double y = Math.max(0, Math.min(c[1], height - h));
            Bounds b = new BoundingBox(x, y, w, h);
            // a little air around the label: touching labels read as one
            Bounds padded = new BoundingBox(x - 3, y - 1, w + 6, h + 2);
            // another label is far worse than a line: a label over a label cannot be read
            int overlaps = (int) taken.stream().filter(o -> o.intersects(padded)).count() * 100_000
                    + (int) lines.stream().filter(p -> padded.contains(p[0], p[1])).count();
            if (overlaps == 0) {
                return b;
            }
            if (overlaps < fewest) {
                fewest = overlaps;
                best = b;
            }
        }
        return best;
    }
}
