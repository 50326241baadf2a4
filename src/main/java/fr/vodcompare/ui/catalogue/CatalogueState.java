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

    /** Sets {@code vm}'s controls to this state (its refreshes held by the caller). Unknown values are ignored. */
    void applyTo(CatalogueViewModel vm) {
        vm.searchProperty().set(search == null ? "" : search);
        vm.kindProperty().set(parse(fr.vodcompare.model.Kind.class, kind));
        vm.originProperty().set(parse(fr.vodcompare.store.TitleFilter.Origin.class, origin));
        vm.yearFromProperty().set(yearFrom);
        vm.yearToProperty().set(yearTo);
        vm.addedFromProperty().set(date(addedFrom));
        vm.addedToProperty().set(date(addedTo));
        vm.originalsOnlyProperty().set(originalsOnly);
        vm.sortProperty().set(new fr.vodcompare.store.TitleSort(parse(fr.vodcompare.store.TitleSort.Key.class, sortKey), ascending));
        if (genre != null) {
            vm.genreProperty().set(new fr.vodcompare.store.TitleBrowseQueries.Genre(-1, genre, 0));
        }
        vm.hiddenPlatforms().clear();
        if (hiddenPlatforms != null) {
            vm.hiddenPlatforms().addAll(hiddenPlatforms);
        }
    }
}
