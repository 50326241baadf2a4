package fr.vodcompare.analysis;

import fr.vodcompare.model.Kind;
import fr.vodcompare.model.Region;
import fr.vodcompare.store.CatalogueStatsQueries;
import fr.vodcompare.model.CurrentSnapshot;
import fr.vodcompare.store.StoreException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The catalogue comparisons that break each platform's current titles down by one field: kind (films vs
 * series), production region, release decade and year added. Runs on the calling thread (JDBC).
 */
public final class CatalogueBreakdowns {
    private final CatalogueStatsQueries queries;

    public CatalogueBreakdowns(CatalogueStatsQueries queries) {
        this.queries = queries;
    }

    /** The newest snapshot of each platform: what every breakdown describes. */
    public List<CurrentSnapshot> snapshots() throws StoreException {
        return queries.currentSnapshots();
    }

    /** Titles by kind; keys are {@link Kind#code()} in enum order (film, series, other). */
    public List<Breakdown> kinds() throws StoreException {
        List<String> order = Arrays.stream(Kind.values()).map(Kind::code).toList();
        return Breakdowns.of(snapshots(), queries.byKind(), Breakdowns.listed(order), true);
    }

    /** Titles by the region of their first listed production country; keys are {@link Region} names. */
    public List<Breakdown> regions() throws StoreException {
        List<String> order = Arrays.stream(Region.values()).map(Region::name).toList();
        return Breakdowns.of(snapshots(), queries.byFirstCountryRegion(), Breakdowns.listed(order), true);
    }

    /** Titles by release decade; keys like "1990", oldest first. */
    public List<Breakdown> releaseDecades() throws StoreException {
        return Breakdowns.of(snapshots(), queries.byReleaseDecade(), Comparator.comparingInt(Integer::parseInt), true);
    }

    /** Titles by year added to the platform; keys like "2019", oldest first. */
    public List<Breakdown> yearsAdded() throws StoreException {
        return Breakdowns.of(snapshots(), queries.byYearAdded(), Comparator.comparingInt(Integer::parseInt), true);
    }
}
