package fr.vodcompare.analysis;

import fr.vodcompare.model.CurrentSnapshot;
import fr.vodcompare.model.DataException;
import fr.vodcompare.model.Fact;
import fr.vodcompare.model.Original;
import fr.vodcompare.model.Platform;
import fr.vodcompare.model.Snapshot;
import fr.vodcompare.store.CatalogueStatsQueries;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.TitleQueries;
import fr.vodcompare.store.Top10Queries;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one door from the stored data to the figures: the charts (and whatever draws figures) read the platforms,
 * facts, originals and catalogues through here and the analyses it hands out, never the store itself. Thread-safe;
 * every method reads the store: background threads only, never the FX thread.
 */
public final class MarketData {
    private final Store store;

    public MarketData(Store store) {
        this.store = store;
    }

    /** The platforms of the registry, in its order. */
    public List<Platform> platforms() throws DataException {
        return store.platforms().all();
    }

    /** Every sourced figure. */
    public List<Fact> facts() throws DataException {
        return store.facts().all();
    }

    /** The original productions. */
    public List<Original> originals() throws DataException {
        return store.originals().all();
    }

    /**
     * What Compare's key figures are made from: every fact, each platform's newest catalogue counted (titles, origins)
     * with the source it came from, and the originals.
     */
    public KeyFigures.Data keyFigureData() throws DataException {
        Map<String, String> sources = new HashMap<>();
        for (Snapshot s : store.catalogue().snapshots()) {
            sources.putIfAbsent(s.platformId(), s.sourceName() != null ? s.sourceName() : s.sourceFile());
        }
        return new KeyFigures.Data(store.facts().all(), store.titles().platformCounts(),
                queries(null).origins(), store.originals().all(), sources);
    }

    /**
     * Each platform's current catalogue counted: titles, films and series.
     *
     * @param territory a territory to count in, or null for each platform's newest snapshot
     */
    public List<TitleQueries.PlatformCount> platformCounts(String territory) throws DataException {
        return store.titles().platformCounts(territory);
    }

    /** The facts of one metric, every platform and period. */
    public List<Fact> facts(String metric) throws DataException {
        return store.facts().byMetric(metric);
    }

    /** What a platform's catalogue gained, lost and kept between two of its snapshots. */
    public SnapshotDiff diff(Snapshot from, Snapshot to) throws DataException {
        return SnapshotDiff.between(store.history(), from, to);
    }

    /**
     * {@link #diff}, given up once {@code superseded} says so (checked as the titles are read): a
     * {@link java.util.concurrent.CancellationException} then.
     */
    public SnapshotDiff diff(Snapshot from, Snapshot to, java.util.function.BooleanSupplier superseded) throws DataException {
        return SnapshotDiff.between(store.history(), from, to, superseded);
    }

    /** A platform's catalogue snapshots, newest first. */
    public List<Snapshot> snapshots(String platformId) throws DataException {
        return store.history().snapshots(platformId);
    }

    /**
     * The snapshot each platform's current figures are counted from.
     *
     * @param territory a territory to count in, or null for each platform's newest snapshot
     */
    public List<CurrentSnapshot> currentSnapshots(String territory) throws DataException {
        return queries(territory).currentSnapshots();
    }

    /** The current catalogues broken down by kind, decade, year added and region. */
    public CatalogueBreakdowns breakdowns(String territory) {
        return new CatalogueBreakdowns(queries(territory));
    }

    /** The current catalogues' genres, grouped. */
    public GenreMix genreMix(String territory) {
        return new GenreMix(queries(territory));
    }

    /** What each platform's catalogue gained and lost between its snapshots. */
    public CatalogueChanges changes() {
        return new CatalogueChanges(store.history(), store.steps());
    }

    /** Netflix's weekly Top 10 lists. */
    public Top10Analysis top10() {
        return new Top10Analysis(new Top10Queries(store.database()));
    }

    /** The overlap of every two of {@code platforms} (all with a current catalogue when empty), from the works matched. */
    public java.util.List<Overlap.PairOverlap> overlap(String territory, List<String> platforms) throws DataException {
        return Overlap.of(store, territory, platforms);
    }

    /** The figures of {@link #overlap} without the titles of each pair, counted in the store (the chart). */
    public List<Overlap.PairOverlap> overlapCounts(String territory, List<String> platforms) throws DataException {
        return Overlap.counts(store, territory, platforms);
    }

    /** Each platform's current catalogue against quota rules (only {@code platformId} when not null). */
    public List<Quotas.PlatformQuotas> quotas(String territory, String platformId, List<fr.vodcompare.model.QuotaRule> rules,
                                              fr.vodcompare.model.CountryTable countries) throws DataException {
        return Quotas.of(store, territory, platformId, rules, countries);
    }

    private CatalogueStatsQueries queries(String territory) {
        return new CatalogueStatsQueries(store.database(), territory);
    }
}
