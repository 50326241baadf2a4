package fr.vodcompare.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The two layouts of Netflix's Top 10 files, recognised by their header. Columns a layout does not know are
 * ignored; older global files lack {@code runtime} and {@code weekly_views}.
 */
public enum Top10Layout {
    /** {@code all-weeks-countries.tsv}: 10 films and 10 series a week in each country. */
    COUNTRIES(List.of("country_name", "country_iso2", "week", "category", "weekly_rank", "show_title")),
    /** {@code all-weeks-global.tsv}: four lists of 10 a week, worldwide, with hours viewed. */
    GLOBAL(List.of("week", "category", "weekly_rank", "show_title"));

    static final String COUNTRIES_HEADER = "country_name, country_iso2, week, category, weekly_rank, show_title, "
            + "season_title, cumulative_weeks_in_top_10";
    static final String GLOBAL_HEADER = "week, category, weekly_rank, show_title, season_title, weekly_hours_viewed, "
            + "runtime, weekly_views, cumulative_weeks_in_top_10";

    private final List<String> required;

    Top10Layout(List<String> required) {
        this.required = required;
    }

    /** {@code countries} or {@code global}, as the store keeps it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The layout of a header (column name to its index), or null when it is neither. */
    static Top10Layout of(Map<String, Integer> header) {
        if (header.keySet().containsAll(COUNTRIES.required)) {
            return COUNTRIES;
        }
        if (!header.containsKey("country_iso2") && header.keySet().containsAll(GLOBAL.required)) {
            return GLOBAL;
        }
        return null;
    }

    /** The required columns the header lacks, for the message that refuses it. */
    static List<String> missing(Map<String, Integer> header) {
        List<String> wanted = header.containsKey("country_iso2") || header.containsKey("country_name")
                ? COUNTRIES.required : GLOBAL.required;
        return wanted.stream().filter(c -> !header.containsKey(c)).toList();
    }
}
