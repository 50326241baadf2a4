package fr.vodcompare.chart;

import fr.vodcompare.analysis.Breakdown;
import fr.vodcompare.model.CurrentSnapshot;
import fr.vodcompare.model.DataException;
import java.util.ArrayList;
import java.util.List;

/**
 * Catalogue growth: titles added per year (from the date added) for each platform. Titles without a
 * date added cannot be placed on the time axis: their number is stated in the legend and the notes.
 */
final class CatalogueGrowthChart implements ChartDefinition {
    static final String ID = "catalogue-growth";
    /** Below this share of dated titles, the legend says the series covers only part of the catalogue. */
    private static final double PARTIAL = 90;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ChartSpec build(ChartContext ctx) throws DataException {
        List<Breakdown> shown = CatalogueCharts.shown(ctx, ctx.breakdowns().yearsAdded());
        List<CurrentSnapshot> snapshots = ctx.snapshots();
        List<String> keys = CatalogueAgeChart.span(shown, 1);
        NumberText n = ctx.numbers();
        List<ChartSeries> series = new ArrayList<>();
        List<String> unknownItems = new ArrayList<>();
        for (Breakdown b : shown) {
            List<ChartPoint> points = new ArrayList<>();
            for (String k : keys) {
                int c = b.count(k);
                points.add(ChartPoint.count(k, c, b.total(), c == 0 ? null : n.count(c))
                        .withSource(ctx.catalogueSource(b.platformId())));
            }
            double known = Breakdown.percentOf(b.known(), b.total());
            String name = known < PARTIAL ? ctx.get("legend.partial", ctx.name(b.platformId()), n.share(known))
                    : ctx.name(b.platformId());
            series.add(new ChartSeries(b.platformId(), name, ctx.colour(b.platformId()), points));
            unknownItems.add(ctx.get("item.unknownTitles", ctx.name(b.platformId()), n.count(b.unknown()),
                    n.share(b.unknownShare())));
        }
        List<String> notes = new ArrayList<>();
        notes.add(ctx.get("chart.catalogue-growth.unknown", CatalogueCharts.join(ctx, unknownItems)));
        List<String> cutoffs = new ArrayList<>();
        for (CurrentSnapshot s : snapshots) {
            if (!keys.isEmpty() && keys.get(keys.size() - 1).equals(Integer.toString(s.asOf().getYear()))) {
                cutoffs.add(ctx.get("item.platform", ctx.texts().date(s.asOf()), ctx.name(s.platformId())));
            }
        }
        if (!cutoffs.isEmpty()) {
            notes.add(ctx.get("chart.catalogue-growth.partialYear", keys.get(keys.size() - 1),
                    CatalogueCharts.join(ctx, cutoffs)));
        }
        for (CurrentSnapshot s : snapshots) {
            List<String> listed = new ArrayList<>();
            for (var x : ctx.data().snapshots(s.platformId())) {
                if (x.territory().equals(s.territory())) {
                    listed.add(ctx.get("item.platform", n.count(x.titleCount()), ctx.texts().date(x.asOf())));
                }
            }
            if (listed.size() > 1) {
                notes.add(ctx.get("chart.catalogue-growth.snapshots", ctx.name(s.platformId()), CatalogueCharts.join(ctx, listed)));
            }
        }
        notes.add(CatalogueCharts.scopeNote(ctx, snapshots));
        return new ChartSpec(ID, ChartType.COLUMNS, ctx.texts().locale(), ctx.get("chart.catalogue-growth.title"),
                ctx.get("chart.catalogue-growth.subtitle"), ctx.get("axis.yearAdded"), ctx.get("axis.titles"),
                ValueUnit.COUNT, keys, series, null, notes, CatalogueCharts.source(ctx, snapshots),
                CatalogueCharts.dataDate(ctx, snapshots));
    }
}
