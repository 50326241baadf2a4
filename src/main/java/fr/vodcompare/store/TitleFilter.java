package fr.vodcompare.store;

import fr.vodcompare.model.Kind;
import java.time.LocalDate;
import java.util.List;

/**
 * What the catalogue browser shows: every condition is optional (null, empty or false: no condition).
 *
 * @param search        words to find in title, director or cast (accents and case ignored)
 * @param platformIds   the platforms to show; empty for every platform
 * @param kind          films or series only
 * @param genreId       one genre, by its store id
 * @param origin        production countries: France, Europe, outside Europe
 * @param yearFrom      release year from (inclusive)
 * @param yearTo        release year to (inclusive)
 * @param addedFrom     date added from (inclusive)
 * @param addedTo       date added to (inclusive)
 * @param originalsOnly only the titles listed as originals of their platform
 * @param snapshotId    the titles of this snapshot only; null for each platform's current catalogue
 * @param territory     without a snapshot: each platform's newest snapshot in this territory (a platform with none
 *                      there: its newest in any); null for each platform's newest snapshot
 */
public record TitleFilter(String search, List<String> platformIds, Kind kind, Long genreId, Origin origin,
                          Integer yearFrom, Integer yearTo, LocalDate addedFrom, LocalDate addedTo, boolean originalsOnly,
                          Long snapshotId, String territory) {
    /** Production-country groups a user can filter on. */
    public enum Origin {
        /** France among the production countries. */
        FRANCE,
        /** A European country (France included) among the production countries (AVMSD sense). */
        EUROPE,
        /** Production countries known, none of them European. */
        OUTSIDE_EUROPE
    }

    public static final TitleFilter ALL = new TitleFilter(null, List.of(), null, null, null, null, null, null, null, false, null);

    /** A filter over one snapshot, or over each platform's newest snapshot whatever its territory. */
    public TitleFilter(String search, List<String> platformIds, Kind kind, Long genreId, Origin origin, Integer yearFrom,
                       Integer yearTo, LocalDate addedFrom, LocalDate addedTo, boolean originalsOnly, Long snapshotId) {
        this(search, platformIds, kind, genreId, origin, yearFrom, yearTo, addedFrom, addedTo, originalsOnly, snapshotId, null);
    }

    public TitleFilter {
        platformIds = platformIds == null ? List.of() : List.copyOf(platformIds);
        search = search == null ? null : search.strip();
    }

    public boolean hasSearch() {
        return search != null && !TitleQueries.ftsQuery(search).isEmpty();
    }

    public TitleFilter withSearch(String text) {
        return new TitleFilter(text, platformIds, kind, genreId, origin, yearFrom, yearTo, addedFrom, addedTo, originalsOnly,
                snapshotId, territory);
    }

    public TitleFilter withPlatforms(List<String> ids) {
        return new TitleFilter(search, ids, kind, genreId, origin, yearFrom, yearTo, addedFrom, addedTo, originalsOnly,
                snapshotId, territory);
    }

    public TitleFilter withSnapshot(Long id) {
        return new TitleFilter(search, platformIds, kind, genreId, origin, yearFrom, yearTo, addedFrom, addedTo, originalsOnly,
                id, territory);
    }

    public TitleFilter withTerritory(String code) {
        return new TitleFilter(search, platformIds, kind, genreId, origin, yearFrom, yearTo, addedFrom, addedTo, originalsOnly, snapshotId,
                code);
    }
}
