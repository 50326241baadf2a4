package fr.vodcompare.chart;

import fr.vodcompare.analysis.AudienceReach;
import fr.vodcompare.model.Fact;
import fr.vodcompare.model.DataException;
import java.util.ArrayList;
import java.util.List;

/** Audience reach in one period (the newest with a figure for a shown platform): a ranking of the platforms. */
final class AudienceReachChart implements ChartDefinition {
    static final String ID = "audience-reach";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ChartSpec build(ChartContext ctx) throws DataException {
        AudienceReach reach = AudienceReach.of(ctx.facts());
        List<Fact> shown = reach.facts().stream().filter(f -> ctx.shown(f.platformId())).toList();
        AudienceReach visible = new AudienceReach(shown);
        String period = visible.latestPeriod();
        List<Fact> ranked = period == null ? List.of() : visible.inPeriod(period).stream()
                .sorted((a, b) -> Double.compare(b.low(), a.low())).toList();
        ChartSeries series = FactCharts.ranking(ctx, "reach", ctx.get("chart.audience-reach.series"), ranked,
                ValueUnit.PERCENT);
        String when = period == null ? "" : ctx.texts().period(period);
        List<String> notes = new ArrayList<>(FactCharts.qualifierNotes(ctx, series.points()));
        notes.add(ctx.get("chart.audience-reach.note"));
        return new ChartSpec(ID, ChartType.BARS, ctx.texts().locale(), ctx.get("chart.audience-reach.title", when),
                ctx.get("chart.audience-reach.subtitle", when), "", ctx.get("axis.shareOfVodUsers"), ValueUnit.PERCENT,
                series.points().stream().map(ChartPoint::category).toList(), List.of(series), null, notes,
                FactCharts.source(ctx, ranked), FactCharts.dataDate(ctx, ranked));
    }
}
