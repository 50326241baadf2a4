package fr.vodcompare.model;

import java.util.Locale;

/**
 * What kind of figure a fact is, as its source presents it (the facts file's {@code status} column): an official figure
 * (published by the body that measures or regulates it, or by a company about itself), an estimate (an analyst's,
 * an unofficial count, a projection) or an approximation (a figure the source gives only roughly). A file that does
 * not say is {@link #NOT_STATED}: such a figure is shown like any other, never presented as official.
 */
public enum FactStatus {
    OFFICIAL, ESTIMATE, APPROXIMATE, NOT_STATED;

    /** "official", "estimate", "approximate", or "" when not stated: what the facts file and the store hold. */
    public String code() {
        return this == NOT_STATED ? "" : name().toLowerCase(Locale.ROOT);
    }

    /** The status of a facts file's cell (case ignored; empty is not stated); null when it is none of them. */
    public static FactStatus parse(String cell) {
        String c = cell == null ? "" : cell.strip().toLowerCase(Locale.ROOT);
        if (c.isEmpty()) {
            return NOT_STATED;
        }
        for (FactStatus s : values()) {
            if (s != NOT_STATED && s.code().equals(c)) {
                return s;
            }
        }
        return null;
    }
}
