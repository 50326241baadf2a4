package fr.vodcompare.ui.catalogue;

import fr.vodcompare.ui.Messages;

/**
 * How many titles match, as far as it is known: the first page shows before the count, which is then taken up
 * to {@link #CAP} titles ("more than 10,000"), and only then to the end, in the background.
 *
 * @param titles    the number known: exact, or a lower bound
 * @param precision how far {@code titles} is known
 */
public record CatalogueCount(int titles, Precision precision) {
    /** The count said at once; above it, "more than" until the whole count comes. */
    public static final int CAP = 10_000;

    /** How far a count is known. */
    public enum Precision {
        /** Every match counted. */
        EXACT,
        /** A full first page shown, the count on its way. */
        COUNTING,
        /** More than {@link #CAP}; the whole count on its way. */
        MORE_THAN
    }

    static final CatalogueCount NONE = new CatalogueCount(0, Precision.EXACT);

    /** The count of a search whose first page holds {@code firstPage} of at most {@code pageSize} rows. */
    static CatalogueCount ofFirstPage(int firstPage, int pageSize) {
        return new CatalogueCount(firstPage, firstPage < pageSize ? Precision.EXACT : Precision.COUNTING);
    }

    /** A count taken up to {@code CAP + 1}. */
    static CatalogueCount capped(int counted) {
        return counted > CAP ? new CatalogueCount(CAP, Precision.MORE_THAN) : new CatalogueCount(counted, Precision.EXACT);
    }

    /** "1,234 matching titles (of 18,475)", "More than 10,000 matching titles (of 1,018,475)". */
    String text(Messages m, int total) {
        switch (precision) {
            case COUNTING: return m.format("catalogue.count.counting", titles, total);
            case MORE_THAN: return m.format("catalogue.count.more", titles, total);
            default: return m.format("catalogue.count", titles, total);
        }
    }
}
