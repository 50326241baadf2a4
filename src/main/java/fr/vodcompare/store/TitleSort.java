package fr.vodcompare.store;

/**
 * The order of the catalogue browser.
 *
 * @param key       the column; {@link Key#RELEVANCE} is exact title matches first, then index order,
 *                  so a first page never sorts every match (it falls back to {@link Key#NAME} without a search)
 * @param ascending direction (ignored for relevance)
 */
public record TitleSort(Key key, boolean ascending) {
    /** Sortable columns. */
    public enum Key {
        RELEVANCE, NAME, PLATFORM, KIND, YEAR, COUNTRIES, GENRES, ADDED, DURATION, RATING
    }

    public static final TitleSort DEFAULT = new TitleSort(Key.RELEVANCE, true);

    public TitleSort {
        key = key == null ? Key.RELEVANCE : key;
    }
}
