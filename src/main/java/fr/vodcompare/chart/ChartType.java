package fr.vodcompare.chart;

/** The shape a chart is drawn in. */
public enum ChartType {
    /** Vertical bars, grouped by category (time-like categories: years, decades). */
    COLUMNS,
    /** Horizontal bars, grouped by category, first category on top. */
    BARS,
    /** Lines over a time axis (points carry a decimal year). */
    LINE
}
