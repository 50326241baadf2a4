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
    /**
     * Across platforms: a series of the same normalised title, any year, whose director or a cast member
     * is named on both sides.
     */
    TITLE_SERIES_PEOPLE,
    /** A series of the same normalised title, any year (a series' year moves with each new season). */
    TITLE_SERIES,
    /** Across platforms: the user confirmed that the two titles are one work. */
    CONFIRMED;

    /**
     * How sure a match by this rule is, from 0 to 1: a judgement of the rule's strength, not a measured
     * rate (1 for an id, the exact year or the user's word; 0.9 a year apart; 0.8 a series with a person in
     * common; 0.6 a series matched on its title alone, as the only candidate).
     */
    public double confidence() {
        switch (this) {
            case TITLE_YEAR_1:
                return 0.9;
            case TITLE_SERIES_PEOPLE:
                return 0.8;
            case TITLE_SERIES:
                return 0.6;
            default:
                return 1.0;
        }
    }

    /** True for the rules that match a title across snapshots of one platform (all but the cross-platform ones). */
    public boolean acrossSnapshots() {
        return this != TITLE_SERIES_PEOPLE && this != CONFIRMED;
    }

    /** The name used in JSON and CSV: {@code id}, {@code title_year}, {@code title_year_1}, {@code title_series}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
