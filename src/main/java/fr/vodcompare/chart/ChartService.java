package fr.vodcompare.chart;

import fr.vodcompare.analysis.MarketData;
import fr.vodcompare.analysis.Quotas;
import fr.vodcompare.model.DataException;
import fr.vodcompare.model.Platform;
import java.util.HashSet;
import java.util.concurrent.Callable;
import java.util.List;
import java.util.Locale;

/**
 * The charts' entry point for the window and the command line: lists the charts and computes their
 * specs from the store. Thread-safe. {@link #spec} reads the store: call it off the FX thread, then
 * hand the spec to {@link ChartFactory#create} on the FX thread.
 */
public final class ChartService {
    private final MarketData data;
    private final Callable<Quotas.Inputs> quotas;
    private Quotas.Inputs quotaInputs;

    /** A service without the quota rules: the quota charts say they are not loaded (tests of other charts). */
    public ChartService(MarketData data) {
        this(data, null);
    }

    /** @param quotas reads the quota rules and country table, once, on the first quota chart's thread (the app's bundled data) */
    public ChartService(MarketData data, Callable<Quotas.Inputs> quotas) {
        this.data = data;
        this.quotas = quotas;
    }

    /** The quota rules and country table, read once; null without them. Background thread. */
    synchronized Quotas.Inputs quotas() throws DataException {
        if (quotaInputs == null && quotas != null) {
            try {
                quotaInputs = quotas.call();
            } catch (Exception e) {
                throw new DataException("the quota rules cannot be read: " + e.getMessage(), e);
            }
        }
        return quotaInputs;
    }

    /** The stable ids of the dashboard's charts (the platforms compared), in dashboard order. Any thread. */
    public static List<String> ids() {
        return ChartCatalog.ids();
    }

    /** The ids of the charts of Netflix's weekly Top 10, whether their data is imported or not. Any thread. */
    public static List<String> top10Ids() {
        return ChartCatalog.top10().stream().map(ChartDefinition::id).toList();
    }

    /** True when {@code id} names a chart (of the dashboard, the Audience screen or the Top 10). Any thread. */
    public static boolean exists(String id) {
        return ChartCatalog.find(id, false).isPresent();
    }

    /**
     * The charts the store can draw, in order: the dashboard's, then those of the Top 10 whose data is imported
     * ({@code export-all} writes them; {@code charts} lists them and the Audience screen's). Background thread (JDBC).
     */
    public List<ChartInfo> available(Locale locale) throws DataException {
        ChartTexts texts = new ChartTexts(locale);
        List<Platform> registry = data.platforms();
        ChartContext ctx = new ChartContext(new ChartReads(data), texts, registry, PlatformPalette.of(registry), null, null, this::quotas);
        List<ChartInfo> out = new java.util.ArrayList<>(ChartCatalog.all(false).stream()
                .map(d -> new ChartInfo(d.id(), d.title(texts))).toList());
        for (ChartDefinition d : ChartCatalog.top10()) {
            if (d.listed(ctx)) {
                out.add(new ChartInfo(d.id(), d.title(texts)));
            }
        }
        return out;
    }

    /** The ids of the Top 10 charts whose data is imported. Background thread (JDBC). */
    public List<String> availableTop10(Locale locale) throws DataException {
        return available(locale).stream().map(ChartInfo::id).filter(top10Ids()::contains).toList();
    }

    /**
     * Every chart with its short title in the language: the dashboard's in order, then the Audience screen's other
     * metrics. Any thread (reads no data).
     */
    public static List<ChartInfo> charts(Locale locale) {
        ChartTexts texts = new ChartTexts(locale);
        return java.util.stream.Stream.concat(ChartCatalog.all(false).stream(), ChartCatalog.audience(false).stream())
                .map(d -> new ChartInfo(d.id(), d.title(texts))).toList();
    }

    /** The audience metrics the Audience screen offers, in order. Any thread. */
    public static List<String> audienceMetrics() {
        return AudienceChart.METRICS;
    }

    /** The id of the chart of an audience metric ({@code audience-reach-trend} for the reach among VOD users). Any thread. */
    public static String audienceChartId(String metric) {
        return AudienceChart.id(metric);
    }

    /** The colour of every platform of the registry (brand or generated), the same in every chart. Background thread. */
    public PlatformPalette palette() throws DataException {
        return PlatformPalette.of(data.platforms());
    }

    /**
     * Computes a chart from the store, in the request's language, for the chosen platforms, with the
     * user's title and subtitle if given. Background thread (JDBC); never the FX thread.
     *
     * @throws IllegalArgumentException when the id names no chart (see {@link #exists})
     */
    public ChartSpec spec(ChartRequest request) throws DataException {
        return spec(request, new ChartReads(data));
    }

    /**
     * Charts computed together, as the dashboard computes its own: the data several of them read (the platforms, the
     * facts, the originals, the current snapshots, the quota counts) is read once, by the first chart that needs it,
     * and every chart of the batch describes that reading. One thread; a batch does not see writes made after its
     * reads, so make one per set of charts. Background thread (JDBC); never the FX thread.
     */
    public Batch batch() {
        return new Batch(new ChartReads(data));
    }

    /** See {@link #batch()}. */
    public final class Batch {
        private final ChartReads reads;

        private Batch(ChartReads reads) {
            this.reads = reads;
        }

        /** As {@link ChartService#spec}, from the batch's reads. */
        public ChartSpec spec(ChartRequest request) throws DataException {
            return ChartService.this.spec(request, reads);
        }
    }

    private ChartSpec spec(ChartRequest request, ChartReads reads) throws DataException {
        boolean chosen = request.platformIds() != null;
        ChartDefinition definition = ChartCatalog.find(request.id(), chosen)
                .orElseThrow(() -> new IllegalArgumentException("No chart '" + request.id() + "'; charts: " + ids()));
        List<Platform> registry = reads.platforms();
        ChartContext ctx = new ChartContext(reads, new ChartTexts(request.locale()), registry, PlatformPalette.of(registry),
                chosen ? new HashSet<>(request.platformIds()) : null, request.territory(), this::quotas);
        return definition.build(ctx).withTitle(request.title()).withSubtitle(request.subtitle());
    }
}
