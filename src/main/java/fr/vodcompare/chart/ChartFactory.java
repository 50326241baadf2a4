package fr.vodcompare.chart;

import javafx.scene.layout.Region;

/**
 * Turns chart specs into JavaFX nodes. FX thread only; reads no data (build the spec with
 * {@link ChartService#spec} on a background thread first).
 */
public final class ChartFactory {
    private ChartFactory() {
    }

    /**
     * A self-contained chart node (its own stylesheet, no animation): title, subtitle, legend, chart, notes,
     * source line and data date, in the spec's language. Put it in a window, or snapshot it with
     * {@link ChartSnapshot}. A fresh node each call.
     */
    public static Region create(ChartSpec spec) {
        return new ChartFrame(spec, new ChartTexts(spec.locale()));
    }

    /**
     * {@link #create(ChartSpec)} for a screen: the chart itself keeps at least {@code plotMinHeight} pixels, and the
     * node's least height is that and its texts' (which wrap, so more in a narrow window or a longer language).
     */
    public static Region create(ChartSpec spec, double plotMinHeight) {
        return new ChartFrame(spec, new ChartTexts(spec.locale()), plotMinHeight);
    }
}
