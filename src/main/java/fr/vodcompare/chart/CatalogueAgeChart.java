package fr.vodcompare.chart;

import fr.vodcompare.analysis.Breakdown;
import fr.vodcompare.model.CurrentSnapshot;
import fr.vodcompare.model.DataException;
import java.util.ArrayList;
import java.util.List;

/** Catalogue age: each platform's titles by release decade, as shares, every decade between the first and last shown. */
final class CatalogueAgeChart implements ChartDefinition {
    static final String ID = "catalogue-age";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ChartSpec build(ChartContext ctx) throws DataException {
        List<Breakdown> shown = CatalogueCharts.shown(ctx, ctx.breakdowns().releaseDecades());
        List<CurrentSnapshot> snapshots = ctx.snapshots();
        List<String> keys = span(shown, 10);
        boolean unknown = shown.stream().anyMatch(b -> b.unknown() > 0);
        String unknownCategory = unknown ? ctx.get("category.unknownYear") : null;
        List<String> categories = new ArrayList<>(keys.stream().map(k -> ctx.get("decade", k)).toList());
        if (unknown) {
            categories.add(unknownCategory);
        }
        List<ChartSeries> series = new ArrayList<>();
        for (Breakdown b : shown) {
            series.add(CatalogueCharts.shares(ctx, b, keys, k -> ctx.get("decade", k), false, unknownCategory));
        }
        List<String> notes = List.of(CatalogueCharts.coverage(ctx, "releaseYear", shown),
                CatalogueCharts.scopeNote(ctx, snapshots));
        return new ChartSpec(ID, ChartType.COLUMNS, ctx.texts().locale(), ctx.get("chart.catalogue-age.title"),
                ctx.get("chart.catalogue-age.subtitle"), ctx.get("axis.releaseDecade"), ctx.get("axis.shareOfTitles"),
                ValueUnit.PERCENT, categories, series, null, notes, CatalogueCharts.source(ctx, snapshots),
                CatalogueCharts.dataDate(ctx, snapshots));
    }

    /** Every key from the smallest to the largest of the breakdowns' keys, by {@code step} (years or decades). */
    static List<String> span(List<Breakdown> breakdowns, int step) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (Breakdown b : breakdowns) {
            for (var e : b.counts().entrySet()) {
                if (e.getValue() > 0) {
                    min = Math.min(min, Integer.parseInt(e.getKey()));
                    max = Math.max(max, Integer.parseInt(e.getKey()));
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int k = min; k <= max && min != Integer.MAX_VALUE; k += step) {
            out.add(Integer.toString(k));
        }
        return out;
    }
}
