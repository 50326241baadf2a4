package fr.vodcompare.analysis;

import fr.vodcompare.model.Region;
import fr.vodcompare.store.Top10Queries.LinkedTitle;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where a Top 10 work was made, as the catalogue says: the first production country of the Netflix catalogue
 * titles it is linked to (same normalised title and kind). Unknown when it is not linked, when the catalogue
 * names no country, or when two linked titles disagree.
 */
public enum Top10Origin {
    /** Linked; the first production country is France. */
    FRENCH,
    /** Linked; the first production country is another one. */
    NOT_FRENCH,
    /** No title of the Netflix catalogue has this title and kind. */
    UNLINKED,
    /** Linked, but the catalogue gives no country. */
    NO_COUNTRY,
    /** Linked to several titles that disagree on France. */
    AMBIGUOUS;

    /** The origin of a work from the titles it is linked to (an empty list: not linked). */
    public static Top10Origin of(List<LinkedTitle> titles) {
        if (titles == null || titles.isEmpty()) {
            return UNLINKED;
        }
        Set<Boolean> french = new java.util.HashSet<>();
        for (LinkedTitle t : titles) {
            if (t.region() != null) {
                french.add(t.region() == Region.FRANCE);
            }
        }
        if (french.isEmpty()) {
            return NO_COUNTRY;
        }
        return french.size() > 1 ? AMBIGUOUS : french.contains(true) ? FRENCH : NOT_FRENCH;
    }

    /** True when the production country is not known (not linked, no country, or linked titles disagreeing). */
    public boolean unknown() {
        return UNKNOWN.contains(this);
    }

    private static final Set<Top10Origin> UNKNOWN = EnumSet.of(UNLINKED, NO_COUNTRY, AMBIGUOUS);
}
