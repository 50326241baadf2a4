package fr.vodcompare.analysis;

import fr.vodcompare.model.Fact;
import fr.vodcompare.model.CurrentSnapshot;
import fr.vodcompare.model.FactStatus;
import java.util.List;

/**
 * Catalogue size: titles counted in the imported catalogues beside the counts published for French catalogues
 * (the CNC's, in the bundled data). Two different measures (different territories, dates and counting rules): the
 * chart keeps them apart.
 *
 * @param imported  the newest snapshot of each platform, with its title count
 * @param published the published counts ({@value #METRIC} in titles), oldest first
 */
public record CatalogueSize(List<CurrentSnapshot> imported, List<Fact> published) {
    public static final String METRIC = "catalogue_size_titles";

    /**
     * Keeps the published counts in titles, by the facts' columns: not the estimates (uNoGS's unofficial counts), not
     * a count stated for another territory than France. A count whose file did not state its status or scope is kept,
     * like any other figure, and the chart names it as it is.
     */
    public static CatalogueSize of(List<CurrentSnapshot> imported, List<Fact> allFacts) {
        return new CatalogueSize(imported, Facts.perPlatform(allFacts, f -> METRIC.equals(f.metric())
                && "titles".equals(f.unit()) && f.status() != FactStatus.ESTIMATE
                && (f.scope() == null || f.scopeIs(CatalogueShares.FRANCE))));
    }

    public List<String> publishedPeriods() {
        return Facts.periods(published);
    }
}
