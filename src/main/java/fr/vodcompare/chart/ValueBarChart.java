package fr.vodcompare.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.ValueAxis;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;

/**
 * A grouped bar chart (vertical or horizontal) that prints each bar's value next to it, keeps bars no
 * thicker than a maximum (few bars do not turn into slabs) and can draw a reference line (a quota).
 * Each data item carries its {@link ChartPoint} as extra value. FX thread only.
 */
final class ValueBarChart<X, Y> extends BarChart<X, Y> {
    private static final double LABEL_GAP = 5;

    private final boolean horizontal;
    private final double maxBar;
    private final Map<Data<X, Y>, Text> labels = new LinkedHashMap<>();
    private ChartSpec.Reference reference;
    private Line referenceLine;
    private Text referenceText;

    ValueBarChart(Axis<X> x, Axis<Y> y, boolean horizontal, double maxBar) {
        super(x, y);
        this.horizontal = horizontal;
        this.maxBar = maxBar;
        setAnimated(false);
        setLegendVisible(false);
    }

    /** Adds a value label for every item whose point has one; call once the data is in. */
    void showLabels() {
        for (Series<X, Y> s : getData()) {
            for (Data<X, Y> d : s.getData()) {
                ChartPoint p = (ChartPoint) d.getExtraValue();
                if (p == null || p.label() == null) {
                    continue;
                }
                Text t = new Text(p.label());
                t.getStyleClass().add("vc-value-label");
                if (p.isMissing()) {
                    t.getStyleClass().add("vc-missing-label");
                }
                t.setManaged(false);
                labels.put(d, t);
                getPlotChildren().add(t);
            }
        }
    }

    /** Draws a labelled line across the bars at the reference value. */
    void showReference(ChartSpec.Reference r) {
        reference = r;
        referenceLine = new Line();
        referenceLine.getStyleClass().add("vc-reference-line");
        referenceText = new Text(r.label());
        referenceText.getStyleClass().add("vc-reference-label");
        referenceText.setTextOrigin(VPos.TOP);
        referenceLine.setManaged(false);
        referenceText.setManaged(false);
        getPlotChildren().addAll(referenceLine, referenceText);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        narrowBars();
        placeLabels();
        placeReference();
    }

    /** Bars of one category, in series order. */
    private Map<Object, List<Region>> barsByCategory() {
        Map<Object, List<Region>> out = new LinkedHashMap<>();
        for (Series<X, Y> s : getData()) {
            for (Data<X, Y> d : s.getData()) {
                if (d.getNode() instanceof Region bar) {
                    out.computeIfAbsent(horizontal ? d.getYValue() : d.getXValue(), k -> new ArrayList<>()).add(bar);
                }
            }
        }
        return out;
    }

    private void narrowBars() {
        for (List<Region> bars : barsByCategory().values()) {
            Region first = bars.get(0);
            double thickness = horizontal ? first.getHeight() : first.getWidth();
            if (thickness <= maxBar) {
                continue;
            }
            Region last = bars.get(bars.size() - 1);
            double start = horizontal ? Math.min(first.getLayoutY(), last.getLayoutY()) : first.getLayoutX();
            double end = horizontal ? Math.max(first.getLayoutY(), last.getLayoutY()) + thickness : last.getLayoutX() + thickness;
            double gap = getBarGap();
            double total = bars.size() * maxBar + (bars.size() - 1) * gap;
            double from = (start + end) / 2 - total / 2;
            for (int i = 0; i < bars.size(); i++) {
                Region bar = bars.get(i);
                // horizontal charts stack the series upwards: keep their order
                int slot = horizontal && first.getLayoutY() > last.getLayoutY() ? bars.size() - 1 - i : i;
                double pos = from + slot * (maxBar + gap);
                if (horizontal) {
                    bar.resizeRelocate(bar.getLayoutX(), pos, bar.getWidth(), maxBar);
                } else {
                    bar.resizeRelocate(pos, bar.getLayoutY(), maxBar, bar.getHeight());
                }
            }
        }
    }

    private void placeLabels() {
        List<Bounds> level = new ArrayList<>();
        for (Map.Entry<Data<X, Y>, Text> e : labels.entrySet()) {
            Node node = e.getKey().getNode();
            Text t = e.getValue();
            if (!(node instanceof Region bar)) {
                t.setVisible(false);
                continue;
            }
            double w = t.getLayoutBounds().getWidth();
            if (horizontal) {
                t.setTextOrigin(VPos.CENTER);
                t.setLayoutX(bar.getLayoutX() + bar.getWidth() + LABEL_GAP);
                t.setLayoutY(bar.getLayoutY() + bar.getHeight() / 2);
                t.setVisible(true);
                continue;
            }
            double x = bar.getLayoutX() + bar.getWidth() / 2 - w / 2;
            double h = t.getLayoutBounds().getHeight();
            Bounds flat = new BoundingBox(x - 2, bar.getLayoutY() - LABEL_GAP - h, w + 4, h);
            t.setVisible(true);
            if (level.stream().noneMatch(b -> b.intersects(flat))) {
                level.add(flat);
                t.setRotate(0);
                t.setTextOrigin(VPos.BOTTOM);
                t.setLayoutX(x);
                t.setLayoutY(bar.getLayoutY() - LABEL_GAP + 2);
            } else {
                // would overlap a neighbour's label: read upwards, just above the bar (rotation is about the text's centre)
                double cx = bar.getLayoutX() + bar.getWidth() / 2;
                level.add(new BoundingBox(cx - h / 2, bar.getLayoutY() - LABEL_GAP - w, h, w));
                t.setRotate(-90);
                t.setTextOrigin(VPos.CENTER);
                t.setLayoutX(bar.getLayoutX() + bar.getWidth() / 2 - w / 2);
                t.setLayoutY(bar.getLayoutY() - LABEL_GAP - w / 2);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void placeReference() {
        if (reference == null) {
            return;
        }
        if (horizontal) {
            double x = ((ValueAxis<Number>) getXAxis()).getDisplayPosition(reference.value());
            referenceLine.setStartX(x);
            referenceLine.setEndX(x);
            referenceLine.setStartY(0);
            referenceLine.setEndY(getYAxis().getHeight());
            double w = referenceText.getLayoutBounds().getWidth();
            // right of the line when it fits in the plot, else left of it
            referenceText.setLayoutX(x + 6 + w <= getXAxis().getWidth() ? x + 6 : x - 6 - w);
            referenceText.setLayoutY(2);
        } else {
            double y = ((ValueAxis<Number>) getYAxis()).getDisplayPosition(reference.value());
            double width = getXAxis().getWidth();
            referenceLine.setStartX(0);
            referenceLine.setEndX(width);
            referenceLine.setStartY(y);
            referenceLine.setEndY(y);
            referenceText.setLayoutX(width - referenceText.getLayoutBounds().getWidth() - 4);
            referenceText.setLayoutY(y - referenceText.getLayoutBounds().getHeight() - 3);
        }
        referenceLine.toFront();
        referenceText.toFront();
    }
}
