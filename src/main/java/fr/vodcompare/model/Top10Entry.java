package fr.vodcompare.model;

import java.time.LocalDate;

/**
 * One line of a weekly Top 10 list as Netflix's files give it.
 *
 * @param country      ISO 3166 two-letter code of the country ({@code FR}), or {@link #WORLD} for the global list
 * @param countryName  the country's name as the file writes it ("France"), or null for the global list
 * @param week         the week's last day, as in the file
 * @param work         the film or series ({@code show_title}, "Lupin")
 * @param season       the season ({@code season_title}, "Lupin: Part 3"), or null for a film or a series without one
 * @param weeksInTop10 {@code cumulative_weeks_in_top_10}, or null when the file leaves it empty
 * @param hoursViewed  {@code weekly_hours_viewed} (global file), or null
 * @param runtime      {@code runtime} in hours (newer global files), or null
 * @param views        {@code weekly_views} (newer global files), or null
 */
public record Top10Entry(String country, String countryName, LocalDate week, Top10Category category, int rank,
                         String work, String season, Integer weeksInTop10, Long hoursViewed, Double runtime, Long views) {
    /** The code of the global list. */
    public static final String WORLD = "world";
    /** The platform whose weekly Top 10 lists these are. */
    public static final String PLATFORM = "netflix";

    public Kind kind() {
        return category.kind();
    }
}
