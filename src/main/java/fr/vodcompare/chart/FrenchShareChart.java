package fr.vodcompare.chart;

import fr.vodcompare.analysis.CatalogueShares;
import fr.vodcompare.model.Fact;
import fr.vodcompare.model.DataException;
import java.util.ArrayList;
import java.util.List;

/** Share of French titles in the platforms' French catalogues (CNC), newest period, largest first. */
final class FrenchShareChart implements ChartDefinition {
    static final String ID = "french-share";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ChartSpec build(ChartContext ctx) throws DataException {
        List<Fact> all = ctx.facts().stream().filter(f -> ctx.shown(f.platformId())).toList();
        CatalogueShares shares = CatalogueShares.of(all);
        List<Fact> ranked = shares.frenchTitles();
        ChartSeries series = FactCharts.ranking(ctx, "french", ctx.get("chart.french-share.series"), ranked, ValueUnit.PERCENT);
        String when = ranked.isEmpty() ? "" : ctx.texts().period(ranked.get(0).period());
        List<String> notes = new ArrayList<>(FactCharts.qualifierNotes(ctx, series.points()));
        for (Fact f : CatalogueShares.earlierFrenchTitles(all, shares)) {
            notes.add(ctx.get("chart.french-share.earlier", ctx.name(f.platformId()),
                    FactCharts.label(ctx, f, ValueUnit.PERCENT), ctx.texts().period(f.period())));
        }
        return new ChartSpec(ID, ChartType.BARS, ctx.texts().locale(), ctx.get("chart.french-share.title"),
                ctx.get("chart.french-share.subtitle", when), "", ctx.get("axis.shareOfTitles"), ValueUnit.PERCENT,
                series.points().stream().map(ChartPoint::category).toList(), List.of(series), null, notes,
                FactCharts.source(ctx, ranked), FactCharts.dataDate(ctx, ranked));
    }
}
