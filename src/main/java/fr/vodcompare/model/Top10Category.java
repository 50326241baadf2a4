package fr.vodcompare.model;

import java.util.Locale;

/**
 * The lists of Netflix's weekly Top 10, as its files name them: {@code Films} and {@code TV} in the countries
 * file (10 each a week), four lists in the global file (40 a week).
 */
public enum Top10Category {
    FILMS("Films", Kind.FILM, false),
    TV("TV", Kind.SERIES, false),
    FILMS_ENGLISH("Films (English)", Kind.FILM, true),
    FILMS_NON_ENGLISH("Films (Non-English)", Kind.FILM, true),
    TV_ENGLISH("TV (English)", Kind.SERIES, true),
    TV_NON_ENGLISH("TV (Non-English)", Kind.SERIES, true);

    private final String label;
    private final Kind kind;
    private final boolean global;

    Top10Category(String label, Kind kind, boolean global) {
        this.label = label;
        this.kind = kind;
        this.global = global;
    }

    /** The category as the file writes it ("Films (English)"). */
    public String label() {
        return label;
    }

    /** Films or series. */
    public Kind kind() {
        return kind;
    }

    /** True for the global file's lists. */
    public boolean global() {
        return global;
    }

    /** The category of a file's label, case and spacing ignored; null when it is none of them. */
    public static Top10Category parse(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        for (Top10Category c : values()) {
            if (c.label.toLowerCase(Locale.ROOT).equals(s)) {
                return c;
            }
        }
        return null;
    }
}
