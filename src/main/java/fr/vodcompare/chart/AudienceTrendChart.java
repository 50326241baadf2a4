package fr.vodcompare.chart;

import fr.vodcompare.analysis.AudienceReach;
import fr.vodcompare.analysis.Facts;
import fr.vodcompare.analysis.Period;
import fr.vodcompare.model.Fact;
import fr.vodcompare.store.StoreException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Audience reach over time: one line per platform across the CNC survey periods. By default only the
 * platforms measured at least twice (a single point makes no line); chosen platforms are all shown.
 */
final class AudienceTrendChart implements ChartDefinition {
    static final String ID = "audience-reach-trend";

    private final boolean chosen;

    /** @param chosen true when the user chose the platforms (then single measurements are shown too) */
    AudienceTrendChart(boolean chosen) {
        this.chosen = chosen;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ChartSpec build(ChartContext ctx) throws StoreException {
        AudienceReach reach = AudienceReach.of(ctx.facts());
        List<ChartSeries> series = new ArrayList<>();
        List<Fact> used = new ArrayList<>();
        List<String> single = new ArrayList<>();
        for (Map.Entry<String, List<Fact>> e : reach.byPlatform().entrySet()) {
            if (!ctx.shown(e.getKey())) {
                continue;
            }
            if (e.getValue().size() < 2 && !chosen) {
                single.add(ctx.name(e.getKey()));
                continue;
            }
            List<ChartPoint> points = new ArrayList<>();
            for (Fact f : e.getValue()) {
                double x = Period.parse(f.period()).map(Period::decimalYear).orElse(Double.NaN);
                points.add(ChartPoint.fact(f.period(), x, f, FactCharts.label(ctx, f, ValueUnit.PERCENT)));
                used.add(f);
            }
            series.add(new ChartSeries(e.getKey(), ctx.name(e.getKey()), ctx.colour(e.getKey()), points));
        }
        series.sort(Comparator.comparingInt(s -> ctx.order(s.key())));
        List<String> notes = new ArrayList<>(FactCharts.qualifierNotes(ctx, FactCharts.points(series)));
        notes.add(ctx.get("chart.audience-reach-trend.note"));
        if (!single.isEmpty()) {
            notes.add(ctx.get("chart.audience-reach-trend.single", CatalogueCharts.join(ctx, single)));
        }
        used.sort(Facts.byPeriod());
        return new ChartSpec(ID, ChartType.LINE, ctx.texts().locale(), ctx.get("chart.audience-reach-trend.title"),
                ctx.get("chart.audience-reach-trend.subtitle"), "", ctx.get("axis.shareOfVodUsers"), ValueUnit.PERCENT,
                List.of(), series, null, notes, FactCharts.source(ctx, used), FactCharts.dataDate(ctx, used));
    }
}
