package fr.vodcompare.chart;

import fr.vodcompare.analysis.Top10Analysis;
import fr.vodcompare.analysis.Top10World.Comparison;
import fr.vodcompare.analysis.Top10World.OnlyFrench;
import fr.vodcompare.analysis.Top10World.Period;
import fr.vodcompare.model.DataException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

/** France against the world: the works of France's Top 10 also in the global Top 10 the same week, and those only French. */
final class Top10WorldChart implements ChartDefinition {
    static final String ID = "top10-france-vs-world";
    static final int ONLY_NAMED = 5;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean listed(ChartContext ctx) throws DataException {
        Top10Analysis top10 = ctx.top10();
        return top10.has(Top10Analysis.FRANCE) && top10.has(Top10Analysis.WORLD);
    }

    @Override
    public ChartSpec build(ChartContext ctx) throws DataException {
        Top10Analysis top10 = ctx.top10();
        Comparison c = top10.franceVsWorld(null, null, ONLY_NAMED);
        List<String> categories = Top10Charts.categories(ctx, c.periods().stream().map(Period::period).toList());
        List<ChartSeries> series = List.of(
                series(ctx, "also", "#4C78A8", c.periods(), categories, Period::alsoWorld, Period::alsoWorldShare),
                series(ctx, "only", "#EF4135", c.periods(), categories, Period::onlyFrance, Period::onlyFranceShare));
        List<String> notes = new ArrayList<>();
        if (c.weeksCompared() == 0) {
            notes.add(ctx.get(top10.has(Top10Analysis.FRANCE) ? "top10.noWorld" : "top10.noData"));
        } else {
            NumberText n = ctx.numbers();
            notes.add(ctx.get("chart.top10-france-vs-world.method", n.count(c.weeksCompared()), n.count(c.total().workWeeks()),
                    n.count(c.weeksWithoutWorld())));
            List<String> only = new ArrayList<>();
            for (OnlyFrench o : c.onlyFrance()) {
                only.add(ctx.get("chart.top10-france-vs-world.onlyItem", Top10Charts.work(ctx, o.work(), o.kind()),
                        n.count(o.weeks())));
            }
            if (!only.isEmpty()) {
                notes.add(ctx.get("chart.top10-france-vs-world.onlyMost", String.join("; ", only)));
            }
            List<LocalDate> weeks = top10.weeks(Top10Analysis.FRANCE).stream()
                    .filter(w -> !w.isBefore(c.firstWeek()) && !w.isAfter(c.lastWeek())).toList();
            notes.addAll(Top10Charts.partial(ctx, c.grouping(), weeks));
        }
        return new ChartSpec(ID, ChartType.COLUMNS, ctx.texts().locale(), ctx.get("chart.top10-france-vs-world.title"),
                ctx.get("chart.top10-france-vs-world.subtitle", ctx.get("chart.top10-french-share.by." + c.grouping().name())),
                "", ctx.get("axis.shareOfWorks"), ValueUnit.PERCENT, categories, series, null, notes,
                Top10Charts.source(ctx, List.of()), Top10Charts.dataDate(ctx, c.firstWeek(), c.lastWeek(), c.weeksCompared()));
    }

    private static ChartSeries series(ChartContext ctx, String key, String colour, List<Period> periods, List<String> categories,
                                      ToIntFunction<Period> count, ToDoubleFunction<Period> share) {
        List<ChartPoint> points = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            double pct = share.applyAsDouble(p);
            points.add(ChartPoint.share(categories.get(i), pct, count.applyAsInt(p), p.workWeeks(), ctx.numbers().share(pct))
                    .withSource(ctx.get("top10.source")));
        }
        return new ChartSeries(key, ctx.get("chart.top10-france-vs-world." + key), colour, points);
    }
}
