package fr.vodcompare.analysis;

import fr.vodcompare.model.Fact;
import java.util.List;
import java.util.Optional;

/**
 * Sourced shares of French and European works in the platforms' French catalogues, and the AVMSD
 * quota they are held to. Figures whose scope is stated as another territory than France (an EU average) are left
 * out; a figure whose scope is not stated stays, and the chart says so.
 *
 * @param frenchTitles   CNC share of French titles, newest period only, largest first
 * @param europeanWorks  shares of European works (Ampere) and of French or European works (NPA), oldest first
 * @param quota          the AVMSD minimum share of European works, if the store has it
 */
public record CatalogueShares(List<Fact> frenchTitles, List<Fact> europeanWorks, Optional<Fact> quota) {
    public static final String FRENCH_TITLES = "catalogue_share_french_titles";
    public static final String EUROPEAN_WORKS = "catalogue_share_european_works";
    public static final String FRENCH_OR_EUROPEAN = "catalogue_share_french_or_european_works";
    public static final String QUOTA = "avmsd_european_works_quota";
    /** The scope of a figure about the French catalogues. */
    public static final String FRANCE = "FR";

    public static CatalogueShares of(List<Fact> all) {
        List<Fact> french = Facts.perPlatform(all, f -> FRENCH_TITLES.equals(f.metric()));
        String latest = Facts.latestPeriod(french);
        List<Fact> frenchLatest = Facts.inPeriod(french, latest).stream()
                .sorted((a, b) -> Double.compare(b.low(), a.low())).toList();
        List<Fact> european = Facts.perPlatform(all, f -> (EUROPEAN_WORKS.equals(f.metric())
                || FRENCH_OR_EUROPEAN.equals(f.metric())) && (f.scope() == null || f.scopeIs(FRANCE)));
        Optional<Fact> quota = all.stream().filter(f -> QUOTA.equals(f.metric()) && f.low() != null).findFirst();
        return new CatalogueShares(frenchLatest, european, quota);
    }

    /** Earlier CNC figures for the platforms of the newest period (comparison points for the notes). */
    public static List<Fact> earlierFrenchTitles(List<Fact> all, CatalogueShares shares) {
        List<Fact> french = Facts.perPlatform(all, f -> FRENCH_TITLES.equals(f.metric()));
        return french.stream().filter(f -> !shares.frenchTitles().contains(f)).toList();
    }
}
