package fr.vodcompare.chart;

import fr.vodcompare.analysis.ContentSpend;
import fr.vodcompare.model.Fact;
import fr.vodcompare.model.DataException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Worldwide content spend per platform and year. A low–high range is drawn as a range (solid up to the
 * low end, lighter up to the high end, labelled "7–8 Md$"), never as a made-up midpoint.
 */
final class ContentSpendChart implements ChartDefinition {
    static final String ID = "content-spend";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ChartSpec build(ChartContext ctx) throws DataException {
        ContentSpend spend = ContentSpend.of(ctx.facts());
        List<Fact> shown = spend.shown().stream().filter(f -> ctx.shown(f.platformId())).toList();
        List<String> years = years(shown);
        Map<String, List<Fact>> byPlatform = new LinkedHashMap<>();
        shown.stream().sorted(Comparator.comparingInt(f -> ctx.order(f.platformId())))
                .forEach(f -> byPlatform.computeIfAbsent(f.platformId(), k -> new ArrayList<>()).add(f));
        List<ChartSeries> series = new ArrayList<>();
        byPlatform.forEach((platform, facts) -> series.add(series(ctx, platform, facts, years)));
        List<String> notes = new ArrayList<>(FactCharts.qualifierNotes(ctx, FactCharts.points(series)));
        shown.stream().filter(Fact::isRange).findFirst().ifPresent(f -> notes.add(ctx.get("chart.content-spend.range",
                FactCharts.label(ctx, f, ValueUnit.USD_BILLIONS), ctx.name(f.platformId()), f.period())));
        if (shown.stream().anyMatch(ContentSpend::planned)) {
            notes.add(ctx.get("chart.content-spend.planned"));
        }
        for (Fact alt : spend.alternatives()) {
            if (ctx.shown(alt.platformId())) {
                notes.add(ctx.get("chart.content-spend.alternative", ctx.name(alt.platformId()), alt.period(),
                        FactCharts.label(ctx, alt, ValueUnit.USD_BILLIONS), ctx.texts().citation(citation(alt)) + note(alt)));
            }
        }
        notes.addAll(FactCharts.labelNotes(ctx, shown));
        notes.add(ctx.get("chart.content-spend.note"));
        List<Fact> cited = new ArrayList<>(shown);
        spend.alternatives().stream().filter(f -> ctx.shown(f.platformId())).forEach(cited::add);
        return new ChartSpec(ID, ChartType.COLUMNS, ctx.texts().locale(), ctx.get("chart.content-spend.title"),
                ctx.get("chart.content-spend.subtitle"), ctx.get("axis.year"), ctx.get("axis.usdBillions"),
                ValueUnit.USD_BILLIONS, years, series, null, notes, FactCharts.source(ctx, cited),
                FactCharts.dataDate(ctx, cited));
    }

    /** Every year from the first to the last figure, so the axis keeps time to scale (years without figures say so). */
    static List<String> years(List<Fact> facts) {
        List<String> periods = facts.stream().map(Fact::period).distinct().toList();
        if (periods.stream().allMatch(p -> p.matches("\\d{4}"))) {
            int first = periods.stream().mapToInt(Integer::parseInt).min().orElse(0);
            int last = periods.stream().mapToInt(Integer::parseInt).max().orElse(-1);
            List<String> out = new ArrayList<>();
            for (int y = first; y <= last; y++) {
                out.add(Integer.toString(y));
            }
            return out;
        }
        return periods;
    }

    private static ChartSeries series(ChartContext ctx, String platform, List<Fact> facts, List<String> years) {
        List<ChartPoint> points = new ArrayList<>();
        for (String year : years) {
            Fact f = facts.stream().filter(x -> x.period().equals(year)).findFirst().orElse(null);
            if (f == null) {
                // labelled, so the empty slot never reads as a zero (a year nobody has: one label on its tick)
                points.add(ChartPoint.missing(year, ctx.get("label.noFigure")));
            } else {
                String label = FactCharts.label(ctx, f, ValueUnit.USD_BILLIONS) + (ContentSpend.planned(f) ? "*" : "");
                points.add(ChartPoint.fact(year, Double.NaN, f, label));
            }
        }
        return new ChartSeries(platform, ctx.name(platform), ctx.colour(platform), points);
    }

    private static String citation(Fact f) {
        String c = f.source().citation();
        int i = c.indexOf(';');
        return i < 0 ? c : c.substring(0, i);
    }

    /** The source's own words on what the figure covers ("original content"), kept as written. */
    private static String note(Fact f) {
        return f.note() == null || f.note().isBlank() ? "" : ", \"" + f.note() + "\"";
    }
}
