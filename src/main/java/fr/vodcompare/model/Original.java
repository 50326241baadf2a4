package fr.vodcompare.model;

/**
 * An original production of a platform.
 *
 * @param status {@code released} or {@code announced}
 * @param year   year of release, or of the announcement when not yet released
 */
public record Original(long id, String platformId, String title, Kind kind, String status, Integer year, Source source) {
}
