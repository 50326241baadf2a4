package fr.vodcompare.model;

import java.util.Locale;

/** What a catalogue entry is. */
public enum Kind {
    FILM, SERIES, OTHER;

    /** {@link #code()}, made once (an import asks it twice a title). */
    private final String code = name().toLowerCase(Locale.ROOT);

    /** Maps the Kaggle {@code type} column ("Movie", "TV Show") and our own words; null when not recognised. */
    public static Kind parse(String raw) {
        if (raw == null) {
            return null;
        }
        switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "movie": case "film": case "films": case "movies":
                return FILM;
            case "tv show": case "tv series": case "series": case "show": case "série": case "serie":
                return SERIES;
            default:
                return null;
        }
    }

    public String code() {
        return code;
    }

    public static Kind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
