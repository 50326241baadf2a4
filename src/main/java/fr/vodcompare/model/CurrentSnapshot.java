package fr.vodcompare.model;

import java.time.LocalDate;

/**
 * The snapshot a platform's current figures are counted from (its newest, or its newest in a chosen territory).
 *
 * @param sourceName the source of the catalogue file as its import named it
 * @param titles     how many titles it lists
 */
public record CurrentSnapshot(String platformId, LocalDate asOf, String territory, String sourceName, int titles) {
}
