package fr.vodcompare.analysis;

import fr.vodcompare.model.Fact;
import fr.vodcompare.model.CurrentSnapshot;
import java.util.List;

/**
 * Catalogue size: titles counted in the imported catalogues beside the official counts the CNC
 * published for French catalogues. Two different measures (different territories, dates and counting
 * rules): the chart keeps them apart.
 *
 * @param imported the newest snapshot of each platform, with its title count
 * @param official the CNC counts ({@value #METRIC} in titles), oldest first
 */
public record CatalogueSize(List<CurrentSnapshot> imported, List<Fact> official) {
    public static final String METRIC = "catalogue_size_titles";

    /** Keeps the official counts: the metric in "titles" from the CNC (not the unofficial uNoGS estimates). */
    public static CatalogueSize of(List<CurrentSnapshot> imported, List<Fact> allFacts) {
        return new CatalogueSize(imported, Facts.perPlatform(allFacts, f -> METRIC.equals(f.metric())
                && "titles".equals(f.unit()) && f.source().citation().startsWith("CNC")));
    }

    public List<String> officialPeriods() {
        return Facts.periods(official);
    }
}
