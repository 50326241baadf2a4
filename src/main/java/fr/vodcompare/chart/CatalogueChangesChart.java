package fr.vodcompare.chart;

import fr.vodcompare.analysis.CatalogueChanges;
import fr.vodcompare.model.CurrentSnapshot;
import fr.vodcompare.model.DataException;
import java.util.ArrayList;
import java.util.List;

/**
 * Added and no longer listed between consecutive snapshots of each platform (in the territory of its
 * current snapshot). A platform with a single snapshot has nothing to show, and the notes say so.
 */
final class CatalogueChangesChart implements ChartDefinition {
    static final String ID = "catalogue-changes";
    private static final String ADDED = "#2E7D32";
    private static final String GONE = "#C62828";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ChartSpec build(ChartContext ctx) throws DataException {
        List<CurrentSnapshot> snapshots = ctx.snapshots();
        CatalogueChanges changes = ctx.data().changes();
        NumberText n = ctx.numbers();
        List<String> keys = new ArrayList<>();
        List<ChartPoint> added = new ArrayList<>();
        List<ChartPoint> gone = new ArrayList<>();
        List<String> single = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        java.util.Set<String> sources = new java.util.LinkedHashSet<>();
        for (CurrentSnapshot s : snapshots) {
            List<CatalogueChanges.Step> steps = changes.steps(s.platformId(), s.territory());
            if (steps.isEmpty()) {
                single.add(ctx.name(s.platformId()));
            }
            for (CatalogueChanges.Step step : steps) {
                for (var x : List.of(step.from(), step.to())) {
                    sources.add(x.sourceName() == null || x.sourceName().isBlank()
                            ? ctx.get("source.imported", ctx.name(s.platformId())) : x.sourceName());
                }
                String key = ctx.get("chart.catalogue-changes.step", ctx.name(s.platformId()), ctx.texts().date(step.from().asOf()),
                        ctx.texts().date(step.to().asOf()));
                keys.add(key);
                String source = ctx.catalogueSource(s.platformId());
                added.add(ChartPoint.count(key, step.added(), step.to().titleCount(), n.count(step.added())).withSource(source)
                        .ofPlatform(s.platformId(), null));
                gone.add(ChartPoint.count(key, step.noLongerListed(), step.from().titleCount(), n.count(step.noLongerListed()))
                        .withSource(source).ofPlatform(s.platformId(), null));
                notes.add(ctx.get("chart.catalogue-changes.detail", key, n.count(step.from().titleCount()),
                        n.count(step.to().titleCount()), n.count(step.changed()), n.count(step.unchanged()), n.count(step.ambiguous())));
            }
        }
        if (!single.isEmpty()) {
            notes.add(ctx.get("chart.catalogue-changes.single", CatalogueCharts.join(ctx, single)));
        }
        notes.add(ctx.get("chart.catalogue-changes.honest"));
        notes.add(CatalogueCharts.scopeNote(ctx, snapshots));
        List<ChartSeries> series = List.of(new ChartSeries("added", ctx.get("chart.catalogue-changes.added"), ADDED, added),
                new ChartSeries("no-longer-listed", ctx.get("chart.catalogue-changes.gone"), GONE, gone));
        return new ChartSpec(ID, ChartType.COLUMNS, ctx.texts().locale(), ctx.get("chart.catalogue-changes.title"),
                ctx.get("chart.catalogue-changes.subtitle"), ctx.get("axis.snapshots"), ctx.get("axis.titles"), ValueUnit.COUNT,
                keys, series, null, notes, sources.isEmpty() ? CatalogueCharts.source(ctx, snapshots) : ctx.texts().sourceLine(sources),
                CatalogueCharts.dataDate(ctx, snapshots));
    }
}
