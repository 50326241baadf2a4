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
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;

/**
 * A grouped bar chart (vertical or horizontal) that prints each bar's value next to it, keeps bars no
 * thicker than a maximum (few bars do not turn into slabs) and can draw a reference line (a quota).
 * Each data item carries its {@link ChartPoint} as extra value. FX thread only.
 */
final class ValueBarChart<X, Y> extends BarChart<X, Y> {
    private static final double LABEL_GAP = 5;
    /** Room the reference line leaves on each side of a value label it stops at. */
    private static final double GAP = 5;

    private final boolean horizontal;
    private final double maxBar;
    private final Map<Data<X, Y>, Text> labels = new LinkedHashMap<>();
    /** One label for a whole category that has no figure, by category. */
    private final Map<Object, Text> categoryLabels = new LinkedHashMap<>();
    private ChartSpec.Reference reference;
    /** The reference line, in pieces: it stops short of each value label it would cross. */
    private Path referenceLine;
    private Text referenceText;

    ValueBarChart(Axis<X> x, Axis<Y> y, boolean horizontal, double maxBar) {
        super(x, y);
        this.horizontal = horizontal;
        this.maxBar = maxBar;
        setAnimated(false);
        setLegendVisible(false);
    }

    /**
     * Adds a value label for every item whose point has one; call once the data is in. A category where no series
     * has a figure gets one label on its tick ("no figure"), so its empty slot never reads as a zero.
     */
    void showLabels() {
        Map<Object, List<ChartPoint>> byCategory = new LinkedHashMap<>();
        for (Series<X, Y> s : getData()) {
            for (Data<X, Y> d : s.getData()) {
                byCategory.computeIfAbsent(category(d), k -> new ArrayList<>()).add((ChartPoint) d.getExtraValue());
            }
        }
        byCategory.forEach((category, points) -> {
            if (points.size() == getData().size() && points.stream().allMatch(p -> p != null && p.isMissing())
                    && points.get(0).label() != null) {
                Text t = label(points.get(0));
                categoryLabels.put(category, t);
            }
        });
        for (Series<X, Y> s : getData()) {
            for (Data<X, Y> d : s.getData()) {
                ChartPoint p = (ChartPoint) d.getExtraValue();
                if (p == null || p.label() == null || categoryLabels.containsKey(category(d))) {
                    continue;
                }
                labels.put(d, label(p));
            }
        }
    }

    private Object category(Data<X, Y> d) {
        return horizontal ? d.getYValue() : d.getXValue();
    }

    private Text label(ChartPoint p) {
        Text t = new Text(p.label());
        t.getStyleClass().add("vc-value-label");
        if (p.isMissing()) {
            t.getStyleClass().add("vc-missing-label");
        }
        t.setManaged(false);
        getPlotChildren().add(t);
        return t;
    }

    /** Draws a labelled line across the bars at the reference value. */
    void showReference(ChartSpec.Reference r) {
        reference = r;
        referenceLine = new Path();
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

    /**
     * Bars no thicker than the maximum, centred on their category's tick: the bars of a category that have something
     * to show (a value, or a "no figure" label) share the slots, in series order; a series with nothing there takes
     * no slot, so a lone bar sits on its year instead of beside an empty gap.
     */
    @SuppressWarnings("unchecked")
    private void narrowBars() {
        Map<Object, List<Region>> shown = new LinkedHashMap<>();
        for (Series<X, Y> s : getData()) {
            for (Data<X, Y> d : s.getData()) {
                if (!(d.getNode() instanceof Region bar)) {
                    continue;
                }
                ChartPoint p = (ChartPoint) d.getExtraValue();
                boolean something = p == null || p.label() != null || !p.isMissing() && p.high() != 0;
                bar.setVisible(something);
                if (something) {
                    shown.computeIfAbsent(category(d), k -> new ArrayList<>()).add(bar);
                }
            }
        }
        shown.forEach((category, bars) -> {
            Region first = bars.get(0);
            double thickness = Math.min(horizontal ? first.getHeight() : first.getWidth(), maxBar);
            double gap = getBarGap();
            double total = bars.size() * thickness + (bars.size() - 1) * gap;
            double centre = horizontal ? ((Axis<Object>) getYAxis()).getDisplayPosition(category)
                    : ((Axis<Object>) getXAxis()).getDisplayPosition(category);
            for (int i = 0; i < bars.size(); i++) {
                Region bar = bars.get(i);
                double pos = centre - total / 2 + i * (thickness + gap);
                if (horizontal) {
                    bar.resizeRelocate(bar.getLayoutX(), pos, bar.getWidth(), thickness);
                } else {
                    bar.resizeRelocate(pos, bar.getLayoutY(), thickness, bar.getHeight());
                }
            }
        });
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
            t.setVisible(true);
            if (horizontal) {
                placeBeside(t, bar, (ChartPoint) e.getKey().getExtraValue());
            } else {
                placeAbove(t, bar, level);
            }
        }
        placeCategoryLabels();
    }

    /**
     * Right of the bar; inside its end, in black or white as reads on the bar, when the plot ends first (a share
     * axis stops at 100 %).
     */
    private void placeBeside(Text t, Region bar, ChartPoint p) {
        double w = t.getLayoutBounds().getWidth();
        t.setTextOrigin(VPos.CENTER);
        t.setLayoutY(bar.getLayoutY() + bar.getHeight() / 2);
        double end = bar.getLayoutX() + bar.getWidth();
        t.getStyleClass().remove("vc-inside-label");
        if (end + LABEL_GAP + w > getXAxis().getWidth() && bar.getWidth() > w + 2 * LABEL_GAP) {
            t.setLayoutX(end - LABEL_GAP - w);
            t.getStyleClass().add("vc-inside-label");
            t.setStyle("-fx-fill: " + PlatformPalette.textOn(barColour(bar, p)) + ";");
        } else {
            t.setLayoutX(end + LABEL_GAP);
            t.setStyle(null);
        }
    }

    private static String barColour(Region bar, ChartPoint p) {
        if (p != null && p.colour() != null) {
            return p.colour();
        }
        String style = bar.getStyle();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("#[0-9A-Fa-f]{6}").matcher(style == null ? "" : style);
        return m.find() ? m.group() : "#7F7F7F";
    }

    private void placeAbove(Text t, Region bar, List<Bounds> level) {
        double w = t.getLayoutBounds().getWidth();
        double x = bar.getLayoutX() + bar.getWidth() / 2 - w / 2;
        double h = t.getLayoutBounds().getHeight();
        Bounds flat = new BoundingBox(x - 2, bar.getLayoutY() - LABEL_GAP - h, w + 4, h);
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

    /** A category with no figure at all: its label on the tick, just off the axis. */
    @SuppressWarnings("unchecked")
    private void placeCategoryLabels() {
        categoryLabels.forEach((category, t) -> {
            double w = t.getLayoutBounds().getWidth();
            if (horizontal) {
                t.setTextOrigin(VPos.CENTER);
                t.setLayoutX(LABEL_GAP);
                t.setLayoutY(((Axis<Object>) getYAxis()).getDisplayPosition(category));
            } else {
                t.setTextOrigin(VPos.BOTTOM);
                t.setLayoutX(((Axis<Object>) getXAxis()).getDisplayPosition(category) - w / 2);
                t.setLayoutY(getYAxis().getHeight() - LABEL_GAP);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private void placeReference() {
        if (reference == null) {
            return;
        }
        if (horizontal) {
            double x = ((ValueAxis<Number>) getXAxis()).getDisplayPosition(reference.value());
            drawReference(x, true, getYAxis().getHeight());
            double w = referenceText.getLayoutBounds().getWidth();
            // right of the line when it fits in the plot, else left of it
            referenceText.setLayoutX(x + 6 + w <= getXAxis().getWidth() ? x + 6 : x - 6 - w);
            referenceText.setLayoutY(2);
        } else {
            double y = ((ValueAxis<Number>) getYAxis()).getDisplayPosition(reference.value());
            double width = getXAxis().getWidth();
            drawReference(y, false, width);
            referenceText.setLayoutX(width - referenceText.getLayoutBounds().getWidth() - 4);
            referenceText.setLayoutY(y - referenceText.getLayoutBounds().getHeight() - 3);
        }
        referenceLine.toFront();
        referenceText.toFront();
    }

    /**
     * The reference line at {@code at} (an x when {@code vertical}, else a y) from 0 to {@code length}, broken where
     * a value label lies across it, so that no figure is struck through.
     */
    private void drawReference(double at, boolean vertical, double length) {
        List<double[]> gaps = new ArrayList<>();
        List<Text> shown = new ArrayList<>(labels.values());
        shown.addAll(categoryLabels.values());
        for (Text t : shown) {
            if (!t.isVisible()) {
                continue;
            }
            Bounds b = t.getBoundsInParent();
            double from = vertical ? b.getMinX() : b.getMinY();
            double to = vertical ? b.getMaxX() : b.getMaxY();
            if (at >= from - 2 && at <= to + 2) {
                gaps.add(vertical ? new double[] {b.getMinY() - GAP, b.getMaxY() + GAP}
                        : new double[] {b.getMinX() - GAP, b.getMaxX() + GAP});
            }
        }
        gaps.sort((a, b) -> Double.compare(a[0], b[0]));
        referenceLine.getElements().clear();
        double pos = 0;
        for (double[] g : gaps) {
            if (g[0] > pos) {
                segment(at, vertical, pos, Math.min(g[0], length));
            }
            pos = Math.max(pos, g[1]);
        }
        if (pos < length) {
            segment(at, vertical, pos, length);
        }
    }

    private void segment(double at, boolean vertical, double from, double to) {
        referenceLine.getElements().addAll(vertical ? new MoveTo(at, from) : new MoveTo(from, at),
                vertical ? new LineTo(at, to) : new LineTo(to, at));
    }
}
