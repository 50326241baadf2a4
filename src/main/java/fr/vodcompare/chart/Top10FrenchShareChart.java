package fr.vodcompare.chart;

import fr.vodcompare.model.Top10Entry;

import fr.vodcompare.analysis.CatalogueShares;
import fr.vodcompare.analysis.Top10Analysis;
import fr.vodcompare.analysis.Top10Analysis.FrenchShare;
import fr.vodcompare.analysis.Top10Analysis.OriginCount;
import fr.vodcompare.model.Fact;
import fr.vodcompare.model.DataException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * French productions in France's weekly Top 10 over time, films and series apart, each beside the lines whose
 * production country is unknown; the CNC's share of French titles in Netflix's catalogue drawn across the chart.
 */
final class Top10FrenchShareChart implements ChartDefinition {
    static final String ID = "top10-french-share";
    static final String FILMS = "#0055A4";
    static final String SERIES = "#EF4135";

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
        Top10Analysis top10 = ctx.top10();
        FrenchShare share = top10.frenchShare(null, null);
        List<String> categories = Top10Charts.categories(ctx, share.periods());
        List<ChartSeries> series = List.of(
                series(ctx, "films", FILMS, share.films(), categories, OriginCount::french),
                series(ctx, "filmsUnknown", PlatformPalette.tint(FILMS, 0.6), share.films(), categories, OriginCount::unknown),
                series(ctx, "series", SERIES, share.series(), categories, OriginCount::french),
                series(ctx, "seriesUnknown", PlatformPalette.tint(SERIES, 0.6), share.series(), categories, OriginCount::unknown));
        Optional<Fact> cnc = CatalogueShares.of(ctx.facts()).frenchTitles().stream()
                .filter(f -> Top10Entry.PLATFORM.equals(f.platformId())).findFirst();
        ChartSpec.Reference reference = cnc.map(f -> new ChartSpec.Reference(f.low(), ctx.get("chart.top10-french-share.cnc",
                ctx.texts().period(f.period()), FactCharts.label(ctx, f, ValueUnit.PERCENT)))).orElse(null);
        List<String> notes = new ArrayList<>();
        if (share.weeks() == 0) {
            notes.add(ctx.get("top10.noData"));
        } else {
            notes.add(method(ctx, share.allFilms(), share.allSeries()));
            notes.add(Top10Charts.catalogueNote(ctx));
            notes.addAll(Top10Charts.partial(ctx, share.grouping(), top10.weeks(Top10Analysis.FRANCE)));
        }
        if (cnc.isEmpty()) {
            notes.add(ctx.get("chart.top10-french-share.noCnc"));
        }
        List<String> citations = cnc.map(f -> List.of(f.source().citation())).orElse(List.of());
        return new ChartSpec(ID, ChartType.COLUMNS, ctx.texts().locale(), ctx.get("chart.top10-french-share.title"),
                ctx.get("chart.top10-french-share.subtitle", ctx.get("chart.top10-french-share.by." + share.grouping().name())),
                "", ctx.get("axis.shareOfTop10"), ValueUnit.PERCENT, categories, series, reference, notes,
                Top10Charts.source(ctx, citations), Top10Charts.dataDate(ctx, share.firstWeek(), share.lastWeek(), share.weeks()));
    }

    private static ChartSeries series(ChartContext ctx, String key, String colour, List<OriginCount> counts,
                                      List<String> categories, ToIntFunction<OriginCount> part) {
        List<ChartPoint> points = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            OriginCount c = counts.get(i);
            int n = part.applyAsInt(c);
            double pct = 100.0 * n / Math.max(1, c.entries());
            points.add(ChartPoint.share(categories.get(i), pct, n, c.entries(), ctx.numbers().share(pct))
                    .withSource(ctx.get("top10.source")));
        }
        return new ChartSeries(key, ctx.get("chart.top10-french-share." + key), colour, points);
    }

    private static String method(ChartContext ctx, OriginCount films, OriginCount series) {
        NumberText n = ctx.numbers();
        return ctx.get("chart.top10-french-share.method", n.count(films.linked()), n.count(films.entries()),
                n.share(films.linkedShare()), n.count(series.linked()), n.count(series.entries()), n.share(series.linkedShare()),
                n.count(films.unknown()), n.count(series.unknown()));
    }
}
