package fr.vodcompare.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One catalogue entry of one platform, as imported (stored once however many snapshots saw it).
 *
 * @param id          store id (0 before it is stored)
 * @param platformId  platform it belongs to
 * @param showId      the file's own id, or null when the file has none
 * @param kind        film, series or other
 * @param name        the title as the file writes it
 * @param director    director(s), may be null
 * @param cast        cast list, may be null
 * @param countries   production countries in file order
 * @param dateAdded   date added to the platform, null when unknown
 * @param releaseYear release year, null when unknown
 * @param rating      age rating, may be null
 * @param duration    duration as written ("90 min", "2 Seasons"), may be null
 * @param genres      genres (the file's {@code listed_in})
 * @param description synopsis, may be null
 */
public record Title(long id, String platformId, String showId, Kind kind, String name, String director, String cast,
                    List<String> countries, LocalDate dateAdded, Integer releaseYear, String rating, String duration,
                    List<String> genres, String description) {
    public Title {
        countries = countries == null ? List.of() : List.copyOf(countries);
        genres = genres == null ? List.of() : List.copyOf(genres);
    }
}
