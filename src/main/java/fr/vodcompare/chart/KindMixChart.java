package fr.vodcompare.chart;

import fr.vodcompare.analysis.Breakdown;
import fr.vodcompare.model.Kind;
import fr.vodcompare.model.CurrentSnapshot;
import fr.vodcompare.model.DataException;
import java.util.ArrayList;
import java.util.List;

/** Films vs series: each platform's titles by kind, as shares (with the counts). */
final class KindMixChart implements ChartDefinition {
    static final String ID = "kind-mix";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ChartSpec build(ChartContext ctx) throws DataException {
        List<Breakdown> shown = CatalogueCharts.shown(ctx, ctx.breakdowns().kinds());
        List<CurrentSnapshot> snapshots = ctx.snapshots();
        List<String> keys = new ArrayList<>(List.of(Kind.FILM.code(), Kind.SERIES.code()));
        if (shown.stream().anyMatch(b -> b.count(Kind.OTHER.code()) > 0)) {
            keys.add(Kind.OTHER.code());
        }
        boolean unknown = shown.stream().anyMatch(b -> b.unknown() > 0);
        List<String> categories = new ArrayList<>(keys.stream().map(k -> ctx.get("kind." + k)).toList());
        if (unknown) {
            categories.add(ctx.get("category.unknown"));
        }
        List<ChartSeries> series = new ArrayList<>();
        for (Breakdown b : shown) {
            series.add(CatalogueCharts.shares(ctx, b, keys, k -> ctx.get("kind." + k), true,
                    unknown ? ctx.get("category.unknown") : null));
        }
        List<String> notes = List.of(CatalogueCharts.scopeNote(ctx, snapshots), ctx.get("chart.kind-mix.note"));
        return new ChartSpec(ID, ChartType.BARS, ctx.texts().locale(), ctx.get("chart.kind-mix.title"),
                ctx.get("chart.kind-mix.subtitle"), "", ctx.get("axis.shareOfTitles"), ValueUnit.PERCENT, categories, series,
                null, notes, CatalogueCharts.source(ctx, snapshots), CatalogueCharts.dataDate(ctx, snapshots));
    }
}
