package fr.vodcompare.chart;

import fr.vodcompare.model.Qualifier;
import fr.vodcompare.model.Fact;

/**
 * One value of a series.
 *
 * @param category  the category it belongs to (bar charts), or its period as written (line charts)
 * @param x         decimal year on a time axis (line charts), NaN otherwise
 * @param low       the value, or the low end of a range; NaN when there is no figure
 * @param high      the high end of a range; equal to {@code low} for a single value
 * @param qualifier how exact the source says it is
 * @param label     the value as printed on the chart (already in the chart's language), or null for none
 * @param count     titles counted, for shares computed from a catalogue (null otherwise)
 * @param base      titles the share is of (null otherwise)
 * @param source    the citation of a sourced figure (null for counts from a catalogue)
 * @param colour    {@code #RRGGBB} of this bar when it differs from its series' (one series of several platforms)
 * @param platformId the platform of this bar in a series of several platforms (a ranking), else null
 */
public record ChartPoint(String category, double x, double low, double high, Qualifier qualifier, String label,
                         Integer count, Integer base, String source, String colour, String platformId) {
    public boolean isRange() {
        return !isMissing() && high != low;
    }

    /** True when there is no figure for this category (drawn as a "no figure" label, never as a zero). */
    public boolean isMissing() {
        return Double.isNaN(low);
    }

    /** No figure for this category. */
    public static ChartPoint missing(String category, String label) {
        return new ChartPoint(category, Double.NaN, Double.NaN, Double.NaN, Qualifier.EXACT, label, null, null, null, null,
                null);
    }

    /** A computed share of a catalogue's titles. */
    public static ChartPoint share(String category, double percent, int count, int base, String label) {
        return new ChartPoint(category, Double.NaN, percent, percent, Qualifier.EXACT, label, count, base, null, null, null);
    }

    /** The same point as the bar of a platform, in its colour (rankings: one series, one bar per platform). */
    public ChartPoint ofPlatform(String id, String newColour) {
        return new ChartPoint(category, x, low, high, qualifier, label, count, base, source, newColour, id);
    }

    /** The same point citing the source of the data it was computed from. */
    public ChartPoint withSource(String newSource) {
        return new ChartPoint(category, x, low, high, qualifier, label, count, base, newSource, colour, platformId);
    }

    /** A count of titles, with the number of titles it is part of. */
    public static ChartPoint count(String category, int count, int base, String label) {
        return new ChartPoint(category, Double.NaN, count, count, Qualifier.EXACT, label, count, base, null, null, null);
    }

    /** A sourced figure, its range and qualifier kept. */
    public static ChartPoint fact(String category, double x, Fact f, String label) {
        return new ChartPoint(category, x, f.low(), f.high() == null ? f.low() : f.high(), f.qualifier(), label, null, null,
                f.source().citation(), null, null);
    }

    /** A plain value in a category. */
    public static ChartPoint of(String category, double value, String label) {
        return new ChartPoint(category, Double.NaN, value, value, Qualifier.EXACT, label, null, null, null, null, null);
    }
}
