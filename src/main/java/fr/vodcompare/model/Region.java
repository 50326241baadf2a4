package fr.vodcompare.model;

import java.util.Locale;
import java.util.Set;

/**
 * Production-country groups used for the French and European works shares.
 * Europe follows the AVMSD notion of European works: EU member states plus the other
 * European states party to the Council of Europe's Convention on Transfrontier Television.
 */
public enum Region {
    FRANCE, EUROPE, US, OTHER;

    private static final Set<String> EUROPE_NAMES = Set.of(
            "austria", "belgium", "bulgaria", "croatia", "cyprus", "czech republic", "czechia", "denmark",
            "estonia", "finland", "germany", "west germany", "east germany", "greece", "hungary", "ireland", "italy",
            "latvia", "lithuania", "luxembourg", "malta", "netherlands", "poland", "portugal", "romania",
            "slovakia", "slovenia", "spain", "sweden", "united kingdom", "england", "scotland", "wales",
            "switzerland", "norway", "iceland", "liechtenstein", "albania", "bosnia and herzegovina",
            "north macedonia", "macedonia", "montenegro", "serbia", "moldova", "san marino", "vatican city",
            "monaco", "andorra", "ukraine", "georgia", "armenia", "azerbaijan", "turkey", "soviet union",
            "yugoslavia", "czechoslovakia", "kosovo");

    /** The region of a production country as the catalogue files spell it ("France", "United States"). */
    public static Region of(String country) {
        String c = country.trim().toLowerCase(Locale.ROOT);
        if (c.equals("france")) {
            return FRANCE;
        }
        if (c.equals("united states") || c.equals("usa") || c.equals("us") || c.equals("united states of america")) {
            return US;
        }
        return EUROPE_NAMES.contains(c) ? EUROPE : OTHER;
    }
}
