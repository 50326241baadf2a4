package fr.vodcompare.chart;

import java.util.List;

/**
 * One series: a platform (or a platform and a status) in its colour.
 *
 * @param key    stable key: the platform id, or {@code platform:status}
 * @param name   the legend's label
 * @param colour {@code #RRGGBB}
 */
public record ChartSeries(String key, String name, String colour, List<ChartPoint> points) {
    public ChartSeries {
        points = List.copyOf(points);
    }
}
