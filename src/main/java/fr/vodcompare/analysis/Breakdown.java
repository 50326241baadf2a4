package fr.vodcompare.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A platform's current titles broken down by one field. Titles whose field is unknown are kept apart,
 * never dropped: {@code known + unknown = total} for a partition (kind, region, decade, year added).
 * For groups a title can belong to several of (genres), the counts may add up to more than the total.
 *
 * @param counts  titles per key, in display order
 * @param unknown titles whose field is unknown
 * @param total   every title of the platform's newest snapshot
 */
public record Breakdown(String platformId, Map<String, Integer> counts, int unknown, int total) {
    public Breakdown {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    public int count(String key) {
        return counts.getOrDefault(key, 0);
    }

    /** Titles whose field is known. */
    public int known() {
        return total - unknown;
    }

    /** Share of all the platform's titles, in percent (0 when the platform has none). */
    public double share(String key) {
        return percentOf(count(key), total);
    }

    /** Share of the platform's titles whose field is unknown, in percent. */
    public double unknownShare() {
        return percentOf(unknown, total);
    }

    public static double percentOf(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
