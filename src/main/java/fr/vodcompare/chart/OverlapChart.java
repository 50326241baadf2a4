package fr.vodcompare.chart;

import fr.vodcompare.analysis.Overlap;
import fr.vodcompare.model.Qualifier;
import fr.vodcompare.model.CurrentSnapshot;
import fr.vodcompare.model.DataException;
import java.util.ArrayList;
import java.util.List;

/**
 * The works every two shown platforms share, and what each has alone (counts of titles): one category per
 * pair, bars for shared, only the first platform, only the second, and ambiguous pairs. Figures from
 * {@link Overlap}, matched by the {@code rematch} step.
 */
final class OverlapChart implements ChartDefinition {
    static final String ID = "overlap";

    @Override
    public String id() {
        return ID;
    }

    /** A count of titles tied to its platform, so that the spec says which platforms it shows. */
    private static ChartPoint point(String category, int count, int base, String label, String platformId) {
        return new ChartPoint(category, Double.NaN, count, count, Qualifier.EXACT, label, count, base, null, null, platformId);
    }

    @Override
    public boolean listed(ChartContext ctx) throws DataException {
        return ctx.snapshots().size() >= 2;
    }

    @Override
    public ChartSpec build(ChartContext ctx) throws DataException {
        List<CurrentSnapshot> snapshots = ctx.snapshots();
        List<String> shown = snapshots.stream().map(CurrentSnapshot::platformId).toList();
        List<Overlap.PairOverlap> pairs = shown.size() < 2 ? List.of() : ctx.data().overlapCounts(ctx.territory(), shown);
        List<String> categories = new ArrayList<>();
        List<ChartPoint> shared = new ArrayList<>();
        List<ChartPoint> onlyA = new ArrayList<>();
        List<ChartPoint> onlyB = new ArrayList<>();
        List<ChartPoint> ambiguous = new ArrayList<>();
        NumberText n = ctx.texts().numbers();
        for (Overlap.PairOverlap p : pairs) {
            String c = ctx.get("chart.overlap.pair", ctx.name(p.a()), ctx.name(p.b()));
            categories.add(c);
            shared.add(point(c, p.shared(), p.titlesA() + p.titlesB() - p.shared(), n.count(p.shared()), p.a()));
            onlyA.add(point(c, p.onlyA(), p.titlesA(), ctx.get("chart.overlap.only", ctx.name(p.a()), n.count(p.onlyA())), p.a()));
            onlyB.add(point(c, p.onlyB(), p.titlesB(), ctx.get("chart.overlap.only", ctx.name(p.b()), n.count(p.onlyB())), p.b()));
            ambiguous.add(point(c, p.ambiguous(), p.ambiguous(), n.count(p.ambiguous()), p.a()));
        }
        String first = pairs.isEmpty() ? null : pairs.get(0).a();
        String second = pairs.isEmpty() ? null : pairs.get(0).b();
        List<ChartSeries> series = List.of(
                new ChartSeries("shared", ctx.get("chart.overlap.shared"), "#6b7280", shared),
                new ChartSeries("only_a", ctx.get("chart.overlap.onlyFirst"), first == null ? "#9ca3af" : ctx.colour(first), onlyA),
                new ChartSeries("only_b", ctx.get("chart.overlap.onlySecond"), second == null ? "#d1d5db" : ctx.colour(second), onlyB),
                new ChartSeries("ambiguous", ctx.get("chart.overlap.ambiguous"), "#f59e0b", ambiguous));
        List<String> notes = List.of(CatalogueCharts.scopeNote(ctx, snapshots), ctx.get("chart.overlap.note"));
        return new ChartSpec(ID, ChartType.BARS, ctx.texts().locale(), ctx.get("chart.overlap.title"),
                ctx.get("chart.overlap.subtitle"), "", ctx.get("chart.overlap.axis"), ValueUnit.COUNT, categories, series, null, notes,
                CatalogueCharts.source(ctx, snapshots), CatalogueCharts.dataDate(ctx, snapshots));
    }
}
