package fr.vodcompare.ingest;

import java.util.List;
import java.util.Map;

/**
 * What a Top 10 import read and wrote.
 *
 * @param country            the country kept ({@code FR}, {@code world}), or null for every one
 * @param rowsKept           rows of the country kept (all rows without a country)
 * @param skippedCountries   rows of other countries left out, by code, most first
 * @param skippedOverseas    of those, the rows of France's overseas departments and territories, by code
 * @param countryNames       the file's name of each country code
 * @param listsAdded         weekly lists (a country, a week) written
 * @param listsAlreadyStored weekly lists of the file the store already held: left as they were
 * @param entriesAdded       lines written
 * @param worksAdded         films and series new to the store
 * @param entriesLinked      of the lines written, those linked to a title of the Netflix catalogue
 */
public record Top10Report(String file, Top10Layout layout, String country, int rowsRead, int rowsKept,
                          Map<String, Integer> skippedCountries, Map<String, Integer> skippedOverseas,
                          Map<String, String> countryNames, int listsAdded, int listsAlreadyStored, int entriesAdded,
                          int worksAdded, int entriesLinked, List<ImportWarning> warnings) {
    public int rowsSkipped() {
        return skippedCountries.values().stream().mapToInt(Integer::intValue).sum();
    }
}
