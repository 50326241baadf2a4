package fr.vodcompare.chart;

import fr.vodcompare.analysis.CatalogueSize;
import fr.vodcompare.analysis.Period;
import fr.vodcompare.analysis.Qualifier;
import fr.vodcompare.model.Fact;
import fr.vodcompare.model.CurrentSnapshot;
import fr.vodcompare.model.DataException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Catalogue size: the titles counted in the imported files beside the CNC's official counts for the
 * French catalogues, one category per measure and date, in time order, so the two measures never mix.
 */
final class CatalogueSizeChart implements ChartDefinition {
    static final String ID = "catalogue-size";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ChartSpec build(ChartContext ctx) throws DataException {
        List<CurrentSnapshot> snapshots = ctx.snapshots();
        CatalogueSize size = CatalogueSize.of(snapshots, ctx.facts());
        List<Fact> official = size.official().stream().filter(f -> ctx.shown(f.platformId())).toList();
        // category label -> its time, to put the measures in time order
        Map<Double, String> categories = new TreeMap<>();
        for (String p : size.officialPeriods()) {
            if (official.stream().anyMatch(f -> f.period().equals(p))) {
                categories.put(Period.parse(p).map(Period::decimalYear).orElse(9999.0), officialCategory(ctx, p));
            }
        }
        String imported = importedCategory(ctx, snapshots);
        if (!snapshots.isEmpty()) {
            double when = snapshots.stream().mapToDouble(s -> s.asOf().getYear() + s.asOf().getDayOfYear() / 366.0).max()
                    .orElse(0);
            categories.put(when, imported);
        }
        Set<String> platforms = new LinkedHashSet<>();
        snapshots.forEach(s -> platforms.add(s.platformId()));
        official.forEach(f -> platforms.add(f.platformId()));
        List<ChartSeries> series = new ArrayList<>();
        platforms.stream().sorted(Comparator.comparingInt(ctx::order)).forEach(p ->
                series.add(series(ctx, p, snapshots, official, categories, imported)));
        List<String> citations = new ArrayList<>(official.stream().map(f -> f.source().citation()).distinct().toList());
        snapshots.stream().map(CurrentSnapshot::sourceName).filter(s -> s != null && !s.isBlank()).distinct()
                .forEach(citations::add);
        List<String> notes = List.of(CatalogueCharts.scopeNote(ctx, snapshots), ctx.get("chart.catalogue-size.note"));
        String first = categories.isEmpty() ? "" : official.isEmpty() ? "" : ctx.texts().period(official.get(0).period());
        String data = official.isEmpty() ? CatalogueCharts.dataDate(ctx, snapshots)
                : ctx.get("data.range", first, ctx.texts().period(official.get(official.size() - 1).period()));
        return new ChartSpec(ID, ChartType.BARS, ctx.texts().locale(), ctx.get("chart.catalogue-size.title"),
                ctx.get("chart.catalogue-size.subtitle"), "", ctx.get("axis.titles"), ValueUnit.COUNT,
                new ArrayList<>(categories.values()), series, null, notes, ctx.texts().sourceLine(citations), data);
    }

    private static ChartSeries series(ChartContext ctx, String platformId, List<CurrentSnapshot> snapshots, List<Fact> official,
                                      Map<Double, String> categories, String imported) {
        NumberText n = ctx.numbers();
        List<ChartPoint> points = new ArrayList<>();
        for (String category : categories.values()) {
            ChartPoint point = null;
            if (category.equals(imported)) {
                point = snapshots.stream().filter(s -> s.platformId().equals(platformId)).findFirst()
                        .map(s -> ChartPoint.count(category, s.titles(), s.titles(), n.count(s.titles()))
                                .withSource(s.sourceName()))
                        .orElse(null);
            } else {
                point = official.stream().filter(f -> f.platformId().equals(platformId)
                                && officialCategory(ctx, f.period()).equals(category)).findFirst()
                        .map(f -> ChartPoint.fact(category, Double.NaN, f, n.qualified(Qualifier.of(f),
                                n.count(Math.round(f.low())))))
                        .orElse(null);
            }
            points.add(point != null ? point : ChartPoint.missing(category, ctx.get("label.noFigure")));
        }
        return new ChartSeries(platformId, ctx.name(platformId), ctx.colour(platformId), points);
    }

    private static String officialCategory(ChartContext ctx, String period) {
        return ctx.get("chart.catalogue-size.official", ctx.texts().shortPeriod(period));
    }

    private static String importedCategory(ChartContext ctx, List<CurrentSnapshot> snapshots) {
        Set<Integer> years = new TreeSet<>();
        snapshots.forEach(s -> years.add(s.asOf().getYear()));
        return ctx.get("chart.catalogue-size.imported", String.join("–", years.stream().map(String::valueOf).toList()));
    }
}
