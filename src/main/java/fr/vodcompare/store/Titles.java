package fr.vodcompare.store;

import fr.vodcompare.model.Title;
import java.util.Objects;

/** Comparing what two catalogue entries say of a title. */
final class Titles {
    /**
     * A version's columns in the order {@link TitleQueries#map} reads (the title id first), on the alias {@code v} and
     * {@code t}: a version that refers to its title's row (schema 13: its name is NULL) is read from the row.
     */
    static final String VERSION_COLUMNS = "v.title_id, t.platform_id, " + String.join(", ", java.util.Arrays.stream(new String[] {
        "show_id", "kind", "name", "director", "cast_list", "country_text", "date_added", "release_year", "rating", "duration",
        "genre_text", "description"}).map(Titles::versionColumn).toList());

    private Titles() {
    }

    /** Column {@code name} of the version {@code v} of the title {@code t}, read from {@code t} where {@code v} refers to it. */
    static String versionColumn(String name) {
        return "IIF(v.name IS NULL, t." + name + ", v." + name + ")";
    }

    /** True when both say the same of the title, the id included (ids tell file lineages apart). */
    static boolean sameAttributes(Title a, Title b) {
        return Objects.equals(a.showId(), b.showId()) && a.kind() == b.kind() && Objects.equals(a.name(), b.name())
                && Objects.equals(a.director(), b.director()) && Objects.equals(a.cast(), b.cast())
                && a.countries().equals(b.countries()) && a.genres().equals(b.genres())
                && Objects.equals(a.dateAdded(), b.dateAdded()) && Objects.equals(a.releaseYear(), b.releaseYear())
                && Objects.equals(a.rating(), b.rating()) && Objects.equals(a.duration(), b.duration())
                && Objects.equals(a.description(), b.description());
    }
}
