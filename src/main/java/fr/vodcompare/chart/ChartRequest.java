package fr.vodcompare.chart;

import java.util.List;
import java.util.Locale;

/**
 * What the user asks to see.
 *
 * @param platformIds the platforms to show, in any order; null for every platform with data
 * @param title       a headline replacing the chart's own, or null
 * @param subtitle    a subtitle replacing the chart's own, or null
 */
public record ChartRequest(String id, Locale locale, List<String> platformIds, String title, String subtitle) {
    public ChartRequest {
        platformIds = platformIds == null ? null : List.copyOf(platformIds);
    }

    /** The chart as it comes, every platform with data. */
    public static ChartRequest of(String id, Locale locale) {
        return new ChartRequest(id, locale, null, null, null);
    }
}
