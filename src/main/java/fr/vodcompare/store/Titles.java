package fr.vodcompare.store;

import fr.vodcompare.model.Title;
import java.util.Objects;

/** Comparing what two catalogue entries say of a title. */
final class Titles {
    /** A version's columns in the order {@link TitleQueries#map} reads (the title id first), on the alias {@code v} and {@code t}. */
    static final String VERSION_COLUMNS = "v.title_id, t.platform_id, v.show_id, v.kind, v.name, v.director, v.cast_list, "
            + "v.country_text, v.date_added, v.release_year, v.rating, v.duration, v.genre_text, v.description";

    private Titles() {
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
