package fr.vodcompare.chart;

import fr.vodcompare.analysis.FrenchOriginals;
import fr.vodcompare.model.Fact;
import fr.vodcompare.model.Original;
import fr.vodcompare.model.DataException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** French originals per platform and year: released (brand colour) and announced (lighter), from the sourced list. */
final class FrenchOriginalsChart implements ChartDefinition {
    static final String ID = "french-originals";
    private static final double ANNOUNCED_TINT = 0.55;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ChartSpec build(ChartContext ctx) throws DataException {
        List<Original> all = ctx.originals().stream().filter(o -> ctx.shown(o.platformId())).toList();
        FrenchOriginals originals = FrenchOriginals.of(all, ctx.facts());
        Set<String> platforms = new LinkedHashSet<>();
        originals.cells().stream().map(FrenchOriginals.Cell::platformId).sorted(Comparator.comparingInt(ctx::order))
                .forEach(platforms::add);
        List<String> years = originals.cells().stream().map(c -> Integer.toString(c.year())).distinct().toList();
        List<ChartSeries> series = new ArrayList<>();
        for (String p : platforms) {
            series.add(series(ctx, p, originals, all, true));
            series.add(series(ctx, p, originals, all, false));
        }
        List<String> notes = new ArrayList<>();
        notes.add(ctx.get("chart.french-originals.note", ctx.numbers().count(originals.total())));
        for (Fact f : originals.ownCounts()) {
            if (ctx.shown(f.platformId())) {
                notes.add(ctx.get("chart.french-originals.ownCount", ctx.name(f.platformId()), ctx.numbers().count(
                        Math.round(f.low())), ctx.texts().period(f.period()), ctx.texts().citation(f.source().citation())));
            }
        }
        if (!originals.undated().isEmpty()) {
            notes.add(ctx.get("chart.french-originals.undated", ctx.numbers().count(originals.undated().size())));
        }
        List<String> citations = all.stream().map(o -> publisher(o.source().citation(), o.source().url())).distinct().toList();
        String data = years.isEmpty() ? "" : ctx.get("data.range", years.get(0), years.get(years.size() - 1));
        return new ChartSpec(ID, ChartType.COLUMNS, ctx.texts().locale(), ctx.get("chart.french-originals.title"),
                ctx.get("chart.french-originals.subtitle"), ctx.get("axis.year"), ctx.get("axis.originals"),
                ValueUnit.COUNT, years, series, null, notes,
                ctx.get("chart.french-originals.source", citations.size(), String.join(", ", citations)), data);
    }

    private static ChartSeries series(ChartContext ctx, String platform, FrenchOriginals originals, List<Original> all,
                                      boolean released) {
        List<ChartPoint> points = new ArrayList<>();
        for (FrenchOriginals.Cell c : originals.cells()) {
            if (c.platformId().equals(platform)) {
                int n = released ? c.released() : c.announced();
                points.add(ChartPoint.of(Integer.toString(c.year()), n, n == 0 ? null : ctx.numbers().count(n))
                        .withSource(sources(ctx, all, c, released)));
            }
        }
        String colour = released ? ctx.colour(platform) : PlatformPalette.tint(ctx.colour(platform), ANNOUNCED_TINT);
        String status = released ? "released" : "announced";
        return new ChartSeries(platform + ":" + status, ctx.get("chart.french-originals." + status, ctx.name(platform)),
                colour, points);
    }

    /** The citations of the titles counted in a cell (the CSV's source column), or what a zero was counted from. */
    private static String sources(ChartContext ctx, List<Original> all, FrenchOriginals.Cell c, boolean released) {
        List<String> citations = all.stream().filter(o -> o.platformId().equals(c.platformId())
                        && java.util.Objects.equals(o.year(), c.year()) && FrenchOriginals.RELEASED.equals(o.status()) == released)
                .map(o -> o.source().citation()).distinct().toList();
        return citations.isEmpty() ? ctx.get("chart.french-originals.noneListed") : String.join(" | ", citations);
    }

    /**
     * The publisher of a citation ("Numerama (Oct 2018): …" → "Numerama"), to keep the source line short; the
     * site's domain when the citation does not start with a name ("Announced 14 Feb 2018 as…" → "lci.fr").
     */
    static String publisher(String citation, String url) {
        String name = publisher(citation);
        if ((name.matches(".*\\d.*") || name.split(" ").length > 4) && url != null) {
            String host = java.net.URI.create(url.strip()).getHost();
            if (host != null) {
                return host.startsWith("www.") ? host.substring(4) : host;
            }
        }
        return name;
    }

    static String publisher(String citation) {
        String c = citation.strip();
        int cut = c.length();
        for (String sep : new String[] {" (", ":", ";", ",", " / "}) {
            int i = c.indexOf(sep);
            if (i > 0) {
                cut = Math.min(cut, i);
            }
        }
        return c.substring(0, cut).strip();
    }
}
