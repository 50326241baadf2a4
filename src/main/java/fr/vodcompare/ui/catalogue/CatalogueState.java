package fr.vodcompare.ui.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * What the settings file keeps of the catalogue screen: the search, the filters and the sort, as plain
 * values (names of enums, ISO dates) so that an older or hand-edited file still reads.
 */
public record CatalogueState(String search, List<String> hiddenPlatforms, String kind, String genre, String origin,
                             Integer yearFrom, Integer yearTo, String addedFrom, String addedTo, boolean originalsOnly,
                             String sortKey, boolean ascending) {
    static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** The date, or null when absent or not a date. */
    static LocalDate date(String s) {
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The constant, or null when absent or unknown (a newer app's value). */
    static <E extends Enum<E>> E parse(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
