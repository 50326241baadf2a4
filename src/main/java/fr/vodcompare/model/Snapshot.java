package fr.vodcompare.model;

import java.time.LocalDate;

/**
 * A platform's catalogue as of a date, in a territory.
 *
 * @param territory ISO code such as {@code FR}, or {@link #UNSTATED} when the file does not say
 * @param bundled   true when it comes from the app's own data/ (rebuild replaces it)
 */
public record Snapshot(long id, String platformId, LocalDate asOf, String territory, String sourceName,
                       String sourceFile, int titleCount, boolean bundled) {
    public static final String UNSTATED = "unstated";
}
