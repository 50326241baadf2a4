package fr.vodcompare.chart;

import fr.vodcompare.analysis.CatalogueShares;
import fr.vodcompare.model.Fact;
import fr.vodcompare.model.DataException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * European works in the platforms' French catalogues against the AVMSD quota: one category per study
 * (measure and date, in time order), the quota drawn across the chart.
 */
final class EuropeanWorksChart implements ChartDefinition {
    static final String ID = "european-works";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ChartSpec build(ChartContext ctx) throws DataException {
        CatalogueShares shares = CatalogueShares.of(ctx.facts());
        List<Fact> shown = shares.europeanWorks().stream().filter(f -> ctx.shown(f.platformId())).toList();
        Map<String, String> categories = new LinkedHashMap<>();
        for (Fact f : shown) {
            categories.putIfAbsent(key(f), ctx.get("chart.european-works." + f.metric(), publisher(f),
                    ctx.texts().shortPeriod(f.period())));
        }
        Set<String> platforms = new LinkedHashSet<>();
        shown.stream().map(Fact::platformId).sorted(Comparator.comparingInt(ctx::order)).forEach(platforms::add);
        List<ChartSeries> series = new ArrayList<>();
        for (String p : platforms) {
            List<ChartPoint> points = new ArrayList<>();
            categories.forEach((key, label) -> points.add(shown.stream()
                    .filter(f -> f.platformId().equals(p) && key(f).equals(key)).findFirst()
                    .map(f -> ChartPoint.fact(label, Double.NaN, f, FactCharts.label(ctx, f, ValueUnit.PERCENT)))
                    .orElse(ChartPoint.missing(label, ctx.get("label.noFigure")))));
            series.add(new ChartSeries(p, ctx.name(p), ctx.colour(p), points));
        }
        ChartSpec.Reference quota = shares.quota().map(q -> new ChartSpec.Reference(q.low(),
                ctx.get("chart.european-works.quota", FactCharts.label(ctx, q, ValueUnit.PERCENT)))).orElse(null);
        List<Fact> cited = new ArrayList<>(shown);
        shares.quota().ifPresent(cited::add);
        List<String> notes = new ArrayList<>(FactCharts.qualifierNotes(ctx, FactCharts.points(series)));
        notes.add(ctx.get("chart.european-works.note"));
        return new ChartSpec(ID, ChartType.BARS, ctx.texts().locale(), ctx.get("chart.european-works.title"),
                ctx.get("chart.european-works.subtitle"), "", ctx.get("axis.shareOfCatalogue"), ValueUnit.PERCENT,
                new ArrayList<>(categories.values()), series, quota, notes, FactCharts.source(ctx, cited),
                FactCharts.dataDate(ctx, shown));
    }

    private static String key(Fact f) {
        return f.metric() + "|" + f.period();
    }

    private static String publisher(Fact f) {
        return FrenchOriginalsChart.publisher(f.source().citation().replace(" – ", " ("));
    }
}
