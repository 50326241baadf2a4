package fr.vodcompare.chart;

import fr.vodcompare.analysis.Breakdown;
import fr.vodcompare.analysis.GenreGroup;
import fr.vodcompare.analysis.GenreMix;
import fr.vodcompare.model.CurrentSnapshot;
import fr.vodcompare.model.DataException;
import java.util.ArrayList;
import java.util.List;

/** Genre mix: the most common genre groups, as shares of each platform's titles. */
final class GenreMixChart implements ChartDefinition {
    static final String ID = "genre-mix";
    /** Groups shown: the most common ones, so the bars stay readable at 1200×675. */
    static final int TOP = 8;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ChartSpec build(ChartContext ctx) throws DataException {
        GenreMix.Result mix = ctx.data().genreMix(ctx.territory()).compute();
        List<Breakdown> shown = CatalogueCharts.shown(ctx, mix.breakdowns());
        List<CurrentSnapshot> snapshots = ctx.snapshots();
        List<GenreGroup> groups = mix.groupsByMeanShare(shown).subList(0, Math.min(TOP, GenreGroup.values().length));
        List<String> keys = groups.stream().map(GenreGroup::name).toList();
        List<String> categories = keys.stream().map(k -> ctx.get("genre." + k)).toList();
        List<ChartSeries> series = new ArrayList<>();
        for (Breakdown b : shown) {
            series.add(CatalogueCharts.shares(ctx, b, keys, k -> ctx.get("genre." + k), false, null));
        }
        List<String> notes = new ArrayList<>();
        notes.add(ctx.get("chart.genre-mix.note", TOP, GenreGroup.values().length));
        GenreGroup example = groups.isEmpty() ? GenreGroup.DRAMA : groups.get(0);
        List<String> labels = mix.labels().getOrDefault(example, List.of());
        if (!labels.isEmpty()) {
            notes.add(ctx.get("chart.genre-mix.example", ctx.get("genre." + example.name()),
                    String.join(", ", labels.subList(0, Math.min(6, labels.size())))));
        }
        notes.add(CatalogueCharts.coverage(ctx, "genre", shown));
        notes.add(CatalogueCharts.scopeNote(ctx, snapshots));
        return new ChartSpec(ID, ChartType.BARS, ctx.texts().locale(), ctx.get("chart.genre-mix.title"),
                ctx.get("chart.genre-mix.subtitle"), "", ctx.get("axis.shareOfTitles"), ValueUnit.PERCENT, categories, series,
                null, notes, CatalogueCharts.source(ctx, snapshots), CatalogueCharts.dataDate(ctx, snapshots));
    }
}
