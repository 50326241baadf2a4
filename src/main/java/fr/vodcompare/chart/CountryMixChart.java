package fr.vodcompare.chart;

import fr.vodcompare.analysis.Breakdown;
import fr.vodcompare.model.Region;
import fr.vodcompare.model.CurrentSnapshot;
import fr.vodcompare.model.DataException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Production-country mix: shares of French, other European, US and rest-of-world titles, and of the
 * titles whose file names no country, with the coverage stated.
 */
final class CountryMixChart implements ChartDefinition {
    static final String ID = "country-mix";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ChartSpec build(ChartContext ctx) throws DataException {
        List<Breakdown> shown = CatalogueCharts.shown(ctx, ctx.breakdowns().regions());
        List<CurrentSnapshot> snapshots = ctx.snapshots();
        List<String> keys = Arrays.stream(Region.values()).map(Region::name).toList();
        String unknown = ctx.get("category.unknownCountry");
        List<String> categories = new ArrayList<>(keys.stream().map(k -> ctx.get("region." + k)).toList());
        categories.add(unknown);
        List<ChartSeries> series = new ArrayList<>();
        for (Breakdown b : shown) {
            series.add(CatalogueCharts.shares(ctx, b, keys, k -> ctx.get("region." + k), true, unknown));
        }
        List<String> notes = new ArrayList<>();
        notes.add(CatalogueCharts.coverage(ctx, "country", shown));
        shown.stream().filter(b -> b.total() > 0 && b.known() * 2 < b.total())
                .forEach(b -> notes.add(ctx.get("note.partialSample", ctx.name(b.platformId()))));
        notes.add(ctx.get("chart.country-mix.note"));
        notes.add(CatalogueCharts.scopeNote(ctx, snapshots));
        return new ChartSpec(ID, ChartType.BARS, ctx.texts().locale(), ctx.get("chart.country-mix.title"),
                ctx.get("chart.country-mix.subtitle"), "", ctx.get("axis.shareOfTitles"), ValueUnit.PERCENT, categories, series,
                null, notes, CatalogueCharts.source(ctx, snapshots), CatalogueCharts.dataDate(ctx, snapshots));
    }
}
