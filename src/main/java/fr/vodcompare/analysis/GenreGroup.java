package fr.vodcompare.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Broad genres that the catalogues' own labels are grouped into, so platforms with different genre
 * vocabularies compare ("Dramas" and "TV Dramas" on Netflix, "Drama" on Prime Video). A label
 * belongs to the first group one of whose stems it contains; labels of no group ("International
 * Movies", "Special Interest") are left out of every group.
 */
public enum GenreGroup {
    DRAMA("drama"),
    COMEDY("comed"),
    ACTION("action", "adventure"),
    THRILLER("thriller", "suspense", "crime", "myster"),
    KIDS("kids", "children"),
    DOCUMENTARY("documentar", "docuseries"),
    ROMANCE("romanc", "romantic"),
    HORROR("horror"),
    SCIFI("sci-fi", "science fiction", "fantasy"),
    ANIMATION("anime", "animation"),
    MUSIC("music"),
    SPORTS("sport"),
    REALITY("reality", "unscripted");

    private final List<String> stems;

    GenreGroup(String... stems) {
        this.stems = List.of(stems);
    }

    /** The group of a catalogue's genre label, if any. */
    public static Optional<GenreGroup> of(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        for (GenreGroup g : values()) {
            for (String stem : g.stems) {
                if (l.contains(stem)) {
                    return Optional.of(g);
                }
            }
        }
        return Optional.empty();
    }
}
