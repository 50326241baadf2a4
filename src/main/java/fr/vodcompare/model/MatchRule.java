package fr.vodcompare.model;

import java.util.Locale;

/**
 * Why two catalogue entries were judged the same title, strongest first. The same table serves
 * matching a title across snapshots of one platform and, later, works across platforms.
 */
public enum MatchRule {
    /** The same id, in two files of one lineage (files that share most of their ids). */
    ID,
    /** Same normalised title, kind and release year. */
    TITLE_YEAR,
    /** Same normalised title and kind, release years one apart. */
    TITLE_YEAR_1,
    /** A series of the same normalised title, any year (a series' year moves with each new season). */
    TITLE_SERIES;

    /** The name used in JSON and CSV: {@code id}, {@code title_year}, {@code title_year_1}, {@code title_series}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
