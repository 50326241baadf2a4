package fr.vodcompare.chart;

import java.util.List;
import java.util.Locale;

/**
 * What the user asks to see.
 *
 * @param platformIds the platforms to show, in any order; null for every platform with data
 * @param title       a headline replacing the chart's own, or null
 * @param subtitle    a subtitle replacing the chart's own, or null
 * @param territory   the catalogues' territory (a platform with no snapshot there: its newest), or null for
 *                    each platform's newest snapshot
 */
public record ChartRequest(String id, Locale locale, List<String> platformIds, String title, String subtitle, String territory) {
    /** The platforms compared when nobody chose: the window's Compare screen and {@code export-all}. */
    public static final List<String> DEFAULT_PLATFORMS = List.of("netflix", "prime_video");

    public ChartRequest {
        platformIds = platformIds == null ? null : List.copyOf(platformIds);
    }

    /** A request for each platform's newest snapshot. */
    public ChartRequest(String id, Locale locale, List<String> platformIds, String title, String subtitle) {
        this(id, locale, platformIds, title, subtitle, null);
    }

    /** The chart as it comes, every platform with data. */
    public static ChartRequest of(String id, Locale locale) {
        return new ChartRequest(id, locale, null, null, null);
    }
}
