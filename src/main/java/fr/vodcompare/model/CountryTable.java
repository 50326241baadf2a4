package fr.vodcompare.model;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Production countries as the catalogues spell them, with whether each counts as European for the AVMSD
 * (read from {@code data/countries.csv}, which gives the basis of each). Pure: no I/O.
 */
public final class CountryTable {
    /** Whether a country's works are European works: yes, no, or not known (its status was not verified). */
    public enum European {
        YES, NO, UNKNOWN
    }

    /** One country: its name as the catalogues write it, ISO code, status, and the basis of that status. */
    public record Country(String name, String iso, European european, String basis) {
    }

    private final Map<String, Country> byName = new HashMap<>();

    public CountryTable(List<Country> countries) {
        for (Country c : countries) {
            byName.put(c.name().strip().toLowerCase(Locale.ROOT), c);
        }
    }

    /** The status of a country; a name not in the table is {@link European#UNKNOWN}. */
    public European european(String name) {
        Country c = byName.get(name.strip().toLowerCase(Locale.ROOT));
        return c == null ? European.UNKNOWN : c.european();
    }

    /**
     * A title's status from its production countries: YES when one is European (a co-production counts),
     * else UNKNOWN when it has none or one whose status is not known, else NO.
     */
    public European ofTitle(List<String> countries) {
        boolean unknown = countries.isEmpty();
        for (String c : countries) {
            European e = european(c);
            if (e == European.YES) {
                return European.YES;
            }
            unknown |= e == European.UNKNOWN;
        }
        return unknown ? European.UNKNOWN : European.NO;
    }

    /** True when the table names this country. */
    public boolean has(String name) {
        return byName.containsKey(name.strip().toLowerCase(Locale.ROOT));
    }

    public int size() {
        return byName.size();
    }
}
