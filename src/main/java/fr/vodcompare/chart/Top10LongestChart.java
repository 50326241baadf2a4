package fr.vodcompare.chart;

import fr.vodcompare.analysis.Top10Analysis;
import fr.vodcompare.analysis.Top10Analysis.Scope;
import fr.vodcompare.analysis.Top10Analysis.Summary;
import fr.vodcompare.analysis.Top10Analysis.WorkRun;
import fr.vodcompare.model.DataException;
import java.util.ArrayList;
import java.util.List;

/** The works with the most weeks in France's weekly Top 10, most first. */
final class Top10LongestChart implements ChartDefinition {
    static final String ID = "top10-longest";
    static final int SHOWN = 15;
    private static final String COLOUR = "#E50914";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean listed(ChartContext ctx) throws DataException {
        return ctx.top10().has(Top10Analysis.FRANCE);
    }

    @Override
    public ChartSpec build(ChartContext ctx) throws DataException {
        Summary s = ctx.top10().summary(Scope.all(Top10Analysis.FRANCE), SHOWN);
        List<ChartPoint> points = new ArrayList<>();
        for (WorkRun r : s.longest()) {
            points.add(ChartPoint.count(Top10Charts.work(ctx, r.work(), r.kind()), r.weeks(), s.weeks(),
                    ctx.numbers().count(r.weeks())).withSource(ctx.get("top10.source")));
        }
        ChartSeries series = new ChartSeries("weeks", ctx.get("chart.top10-longest.series"), COLOUR, points);
        List<String> notes = new ArrayList<>();
        notes.add(s.weeks() == 0 ? ctx.get("top10.noData") : ctx.get("chart.top10-longest.note"));
        return new ChartSpec(ID, ChartType.BARS, ctx.texts().locale(), ctx.get("chart.top10-longest.title"),
                points.isEmpty() ? ctx.get("chart.top10-longest.subtitle.none")
                        : ctx.get("chart.top10-longest.subtitle", ctx.numbers().count(points.size())), "",
                ctx.get("chart.top10-longest.axis"), ValueUnit.COUNT, points.stream().map(ChartPoint::category).toList(),
                List.of(series), null, notes, Top10Charts.source(ctx, List.of()),
                Top10Charts.dataDate(ctx, s.firstWeek(), s.lastWeek(), s.weeks()));
    }
}
