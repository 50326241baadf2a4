package fr.vodcompare.chart;

import fr.vodcompare.analysis.CatalogueSize;
import fr.vodcompare.analysis.Period;
import fr.vodcompare.model.Fact;
import fr.vodcompare.model.CurrentSnapshot;
import fr.vodcompare.model.DataException;
import fr.vodcompare.model.FactStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Catalogue size: the titles counted in the imported files beside the counts published for the French catalogues
 * (the CNC's), one category per measure, publisher and date, in time order, so the measures never mix. Each category
 * names its publisher and territory from the facts' columns, and the source line keeps each count's source with its
 * date.
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
        List<Fact> published = size.published().stream().filter(f -> ctx.shown(f.platformId())).toList();
        // category label -> its time, to put the measures in time order
        Map<Double, String> categories = new TreeMap<>();
        for (Fact f : published) {
            double when = Period.parse(f.period()).map(Period::decimalYear).orElse(9999.0);
            while (categories.containsKey(when) && !categories.get(when).equals(category(ctx, f))) {
                when += 1e-6;
            }
            categories.put(when, category(ctx, f));
        }
        String imported = importedCategory(ctx, snapshots);
        if (!snapshots.isEmpty()) {
            double when = snapshots.stream().mapToDouble(s -> s.asOf().getYear() + s.asOf().getDayOfYear() / 366.0).max()
                    .orElse(0);
            categories.put(when, imported);
        }
        Set<String> platforms = new LinkedHashSet<>();
        snapshots.forEach(s -> platforms.add(s.platformId()));
        published.forEach(f -> platforms.add(f.platformId()));
        List<ChartSeries> series = new ArrayList<>();
        platforms.stream().sorted(Comparator.comparingInt(ctx::order)).forEach(p ->
                series.add(series(ctx, p, snapshots, published, categories, imported)));
        List<String> notes = new ArrayList<>(FactCharts.qualifierNotes(ctx, FactCharts.points(series)));
        notes.add(CatalogueCharts.scopeNote(ctx, snapshots));
        notes.add(ctx.get("chart.catalogue-size.note"));
        List<String> unstated = published.stream().filter(f -> f.status() == FactStatus.NOT_STATED)
                .map(f -> category(ctx, f)).distinct().toList();
        if (!unstated.isEmpty()) {
            notes.add(ctx.get("chart.catalogue-size.statusUnstated", String.join(ctx.get("source.separator"), unstated)));
        }
        String data = published.isEmpty() ? CatalogueCharts.dataDate(ctx, snapshots)
                : ctx.get("data.range", ctx.texts().period(published.get(0).period()),
                ctx.texts().period(published.get(published.size() - 1).period()));
        return new ChartSpec(ID, ChartType.BARS, ctx.texts().locale(), ctx.get("chart.catalogue-size.title"),
                ctx.get("chart.catalogue-size.subtitle"), "", ctx.get("axis.titles"), ValueUnit.COUNT,
                new ArrayList<>(categories.values()), series, null, notes, source(ctx, published, snapshots), data);
    }

    /** Each published count's source with the dates it gives ("Sept 2017: CNC, reported by …"), then the files. */
    private static String source(ChartContext ctx, List<Fact> published, List<CurrentSnapshot> snapshots) {
        Map<String, Set<String>> periods = new LinkedHashMap<>();
        published.forEach(f -> periods.computeIfAbsent(f.source().citation(), k -> new LinkedHashSet<>())
                .add(ctx.texts().shortPeriod(f.period())));
        List<String> parts = new ArrayList<>();
        periods.forEach((citation, when) -> parts.add(ctx.get("source.for", String.join(", ", when),
                ctx.texts().sourceParts(List.of(citation)).get(0))));
        List<String> files = snapshots.stream().map(CurrentSnapshot::sourceName).filter(s -> s != null && !s.isBlank())
                .distinct().toList();
        parts.addAll(ctx.texts().sourceParts(files));
        if (parts.isEmpty()) {
            return "";
        }
        String line = ctx.get(parts.size() > 1 ? "source.many" : "source.one", String.join(ctx.get("source.separator"), parts));
        return published.stream().anyMatch(Fact::flagged) ? line + " " + ctx.get("source.flagged") : line;
    }

    private static ChartSeries series(ChartContext ctx, String platformId, List<CurrentSnapshot> snapshots, List<Fact> published,
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
                point = published.stream().filter(f -> f.platformId().equals(platformId)
                                && category(ctx, f).equals(category)).findFirst()
                        .map(f -> ChartPoint.fact(category, Double.NaN, f, n.qualified(f.qualifier(),
                                n.count(Math.round(f.low())))))
                        .orElse(null);
            }
            points.add(point != null ? point : ChartPoint.missing(category, ctx.get("label.noFigure")));
        }
        return new ChartSeries(platformId, ctx.name(platformId), ctx.colour(platformId), points);
    }

    /** "CNC, France, Sept 2017": the publisher, the territory and the date of a count, from the fact's columns. */
    private static String category(ChartContext ctx, Fact f) {
        String publisher = f.publisher() != null ? f.publisher() : ctx.get("chart.catalogue-size.unnamed");
        return ctx.get("chart.catalogue-size.published", publisher, FactCharts.scope(ctx, f),
                ctx.texts().shortPeriod(f.period()));
    }

    private static String importedCategory(ChartContext ctx, List<CurrentSnapshot> snapshots) {
        Set<Integer> years = new TreeSet<>();
        snapshots.forEach(s -> years.add(s.asOf().getYear()));
        return ctx.get("chart.catalogue-size.imported", String.join("–", years.stream().map(String::valueOf).toList()));
    }
}
