package fr.vodcompare.chart;

import fr.vodcompare.analysis.Breakdown;
import fr.vodcompare.model.Snapshot;
import fr.vodcompare.model.CurrentSnapshot;
import fr.vodcompare.model.DataException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** What the charts built from the imported catalogues share: scope, coverage, dates, sources and share series. */
final class CatalogueCharts {
    private CatalogueCharts() {
    }

    static List<Breakdown> shown(ChartContext ctx, List<Breakdown> all) {
        return all.stream().filter(b -> ctx.shown(b.platformId())).toList();
    }

    /** "Data: catalogue files as of 25 September 2021 (Netflix) and 10 October 2021 (Prime Video)". */
    static String dataDate(ChartContext ctx, List<CurrentSnapshot> snapshots) {
        List<String> items = new ArrayList<>();
        for (CurrentSnapshot s : snapshots) {
            items.add(snapshots.size() == 1 ? ctx.texts().date(s.asOf())
                    : ctx.get("item.platform", ctx.texts().date(s.asOf()), ctx.name(s.platformId())));
        }
        return ctx.get("data.catalogues", join(ctx, items));
    }

    /** The source line: the files' own sources as the imports named them. */
    static String source(ChartContext ctx, List<CurrentSnapshot> snapshots) {
        return source(ctx, snapshots, List.of());
    }

    /** One source line for the files' sources and the citations of the facts shown beside them ({@code cited}). */
    static String source(ChartContext ctx, List<CurrentSnapshot> snapshots, List<fr.vodcompare.model.Fact> cited) {
        Set<String> names = new LinkedHashSet<>();
        for (CurrentSnapshot s : snapshots) {
            names.add(s.sourceName() == null || s.sourceName().isBlank() ? ctx.get("source.imported", ctx.name(s.platformId()))
                    : s.sourceName());
        }
        cited.forEach(f -> names.add(f.source().citation()));
        String line = ctx.texts().sourceLine(names);
        return cited.stream().anyMatch(fr.vodcompare.model.Fact::flagged) ? line + " " + ctx.get("source.flagged") : line;
    }

    /** Says whose catalogues these are: never passes files of an unstated territory off as French catalogues. */
    static String scopeNote(ChartContext ctx, List<CurrentSnapshot> snapshots) {
        if (snapshots.stream().allMatch(s -> Snapshot.UNSTATED.equals(s.territory()))) {
            return ctx.get("note.territoryUnstated");
        }
        List<String> items = new ArrayList<>();
        for (CurrentSnapshot s : snapshots) {
            String t = Snapshot.UNSTATED.equals(s.territory()) ? ctx.get("territory.unstated") : s.territory();
            items.add(ctx.get("item.platform", t, ctx.name(s.platformId())));
        }
        return ctx.get("note.territories", join(ctx, items));
    }

    /** "Production country known for 7,976 of 8,807 Netflix titles (91%) and 672 of 9,668 Prime Video titles (7%)." */
    static String coverage(ChartContext ctx, String field, List<Breakdown> breakdowns) {
        List<String> items = new ArrayList<>();
        NumberText n = ctx.numbers();
        for (Breakdown b : breakdowns) {
            items.add(ctx.get("coverage.item", n.count(b.known()), n.count(b.total()), ctx.name(b.platformId()),
                    n.share(Breakdown.percentOf(b.known(), b.total()))));
        }
        return ctx.get("coverage." + field, join(ctx, items));
    }

    /**
     * A platform's shares of its titles for each key, in its colour.
     *
     * @param category   the category label of a key
     * @param withCount  label "70 % (6 131)" instead of "70 %"
     * @param unknownCategory the category of the unknown titles, or null to leave them out of the series
     */
    static ChartSeries shares(ChartContext ctx, Breakdown b, List<String> keys, Function<String, String> category,
                              boolean withCount, String unknownCategory) throws DataException {
        String source = ctx.catalogueSource(b.platformId());
        List<ChartPoint> points = new ArrayList<>();
        for (String key : keys) {
            points.add(share(ctx, category.apply(key), b.count(key), b.total(), withCount).withSource(source));
        }
        if (unknownCategory != null) {
            points.add(share(ctx, unknownCategory, b.unknown(), b.total(), withCount).withSource(source));
        }
        return new ChartSeries(b.platformId(), ctx.name(b.platformId()), ctx.colour(b.platformId()), points);
    }

    private static ChartPoint share(ChartContext ctx, String category, int count, int total, boolean withCount) {
        double pct = Breakdown.percentOf(count, total);
        String label = ctx.numbers().share(pct) + (withCount ? " (" + ctx.numbers().count(count) + ")" : "");
        return ChartPoint.share(category, pct, count, total, label);
    }

    /** "a, b and c" in the chart's language. */
    static String join(ChartContext ctx, List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + ctx.get("join.last") + items.get(items.size() - 1);
    }
}
