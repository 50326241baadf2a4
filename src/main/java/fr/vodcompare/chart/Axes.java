package fr.vodcompare.chart;

import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/** Value and time axes with round bounds and ticks, their labels written for the chart's language. FX thread. */
final class Axes {
    private static final double[] STEPS = {1, 2, 2.5, 5, 10};

    private Axes() {
    }

    /** A round tick unit giving about {@code ticks} intervals up to {@code max}; whole for counts. */
    static double tickUnit(double max, int ticks, boolean whole) {
        double raw = Math.max(max, 1e-9) / ticks;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double unit = magnitude * 10;
        for (double s : STEPS) {
            if (s * magnitude >= raw) {
                unit = s * magnitude;
                break;
            }
        }
        return whole ? Math.max(1, Math.ceil(unit)) : unit;
    }

    /**
     * A value axis from 0 to a round value at least {@code max × headroom} (room for the value labels).
     * A share axis stops at 100 %.
     */
    static NumberAxis values(ValueUnit unit, double max, double headroom, NumberText numbers, String label) {
        boolean whole = unit == ValueUnit.COUNT;
        double top = Math.max(max * headroom, whole ? 1 : 0.1);
        double tick = tickUnit(top, 5, whole);
        double upper = Math.ceil(top / tick) * tick;
        if (unit == ValueUnit.PERCENT && max <= 100 && upper > 100) {
            // a share is at most 100 %: the axis stops there (labels that would pass it go inside their bar)
            upper = 100;
            tick = tickUnit(100, 4, false);
        }
        NumberAxis axis = new NumberAxis(label, 0, upper, tick);
        axis.setAnimated(false);
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        int decimals = tick % 1 == 0 ? 0 : tick * 10 % 1 == 0 ? 1 : 2;
        axis.setTickLabelFormatter(converter(v -> tickText(unit, v.doubleValue(), decimals, numbers)));
        return axis;
    }

    private static String tickText(ValueUnit unit, double v, int decimals, NumberText numbers) {
        return unit == ValueUnit.COUNT ? numbers.number(v, decimals) : numbers.value(unit, v, decimals);
    }

    /** A time axis in years from {@code from} to {@code to}, ticks on the 1st of January, labelled "2019". */
    static NumberAxis years(double from, double to, NumberText numbers, String label) {
        double lower = Math.floor(from);
        double upper = Math.ceil(to);
        if (upper - from < 0.25) {
            upper += 1;
        }
        NumberAxis axis = new NumberAxis(label, lower, upper, 1);
        axis.setAnimated(false);
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(converter(v -> numbers.year(v.doubleValue())));
        return axis;
    }

    private static StringConverter<Number> converter(java.util.function.Function<Number, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return f.apply(n);
            }

            @Override
            public Number fromString(String s) {
                throw new UnsupportedOperationException("axis labels are not parsed");
            }
        };
    }

    /** Categories longer than this under a column chart are said on two lines ({@link #twoLines}). */
    static final int ONE_LINE = 28;

    /**
     * {@code label} on two lines when longer than {@link #ONE_LINE}: a category under a column chart. One line each,
     * JavaFX turns the labels upright once they no longer fit side by side, and the axis then takes the height of the
     * longest from the plot: the catalogue changes' steps ("Netflix: 30 November 2019 → 25 September 2021") left it a
     * line at 1024 px. Broken after an arrow, colon or comma when there is one (the one nearest the middle), else at
     * the space nearest the middle.
     */
    static String twoLines(String label) {
        if (label == null || label.length() <= ONE_LINE) {
            return label;
        }
        int middle = label.length() / 2;
        int best = -1;
        int bestAfterMark = -1;
        for (int i = 1; i < label.length(); i++) {
            if (label.charAt(i) != ' ') {
                continue;
            }
            if (best < 0 || Math.abs(i - middle) < Math.abs(best - middle)) {
                best = i;
            }
            if ("→:,".indexOf(label.charAt(i - 1)) >= 0
                    && (bestAfterMark < 0 || Math.abs(i - middle) < Math.abs(bestAfterMark - middle))) {
                bestAfterMark = i;
            }
        }
        int at = bestAfterMark >= 0 ? bestAfterMark : best;
        return at < 0 ? label : label.substring(0, at) + "\n" + label.substring(at + 1);
    }
}
