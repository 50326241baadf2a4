package fr.vodcompare.chart;

import fr.vodcompare.analysis.CatalogueShares;
import fr.vodcompare.analysis.Quotas;
import fr.vodcompare.model.Fact;
import fr.vodcompare.model.QuotaRule;
import fr.vodcompare.model.CurrentSnapshot;
import fr.vodcompare.model.DataException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One quota rule ({@code data/quotas.csv}): each shown platform's share of qualifying titles in its imported
 * catalogue (over the titles in the rule's scope whose country is known; the unknown count on the bar), the
 * threshold drawn across, and, for the European works rules, the published shares of the French catalogues
 * from the facts beside them, each bar saying where it comes from. Figures from {@link Quotas}.
 */
final class QuotaChart implements ChartDefinition {
    /** The rules of {@code data/quotas.csv} drawn on the dashboard, in order (chart ids are stable, so they are listed here). */
    static final List<String> RULES = List.of("AVMSD", "SMAD_EUROPEAN_FILMS", "SMAD_EUROPEAN_SERIES", "SMAD_FRENCH_FILMS",
            "SMAD_FRENCH_SERIES");

    private final String rule;

    QuotaChart(String rule) {
        this.rule = rule;
    }

    @Override
    public String id() {
        return "quota-" + rule.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String title(ChartTexts texts) {
        return texts.get("chart.quota.name", texts.get("chart.quota.rule." + rule));
    }

    @Override
    public ChartSpec build(ChartContext ctx) throws DataException {
        Quotas.Inputs inputs = ctx.quotas();
        QuotaRule q = inputs == null ? null : inputs.rules().stream().filter(r -> r.id().equals(rule)).findFirst().orElse(null);
        List<CurrentSnapshot> snapshots = ctx.snapshots();
        List<String> categories = new ArrayList<>();
        List<ChartPoint> points = new ArrayList<>();
        List<Fact> cited = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (q == null) {
            notes.add(ctx.get("chart.quota.noRule", rule));
        } else {
            // every rule counted in one pass for the charts computed together: this rule's result picked out
            for (Quotas.PlatformQuotas p : ctx.quotaResults(inputs)) {
                if (ctx.shown(p.platformId())) {
                    Quotas.RuleResult r = p.rules().get(inputs.rules().indexOf(q));
                    String c = ctx.get("chart.quota.file", ctx.name(p.platformId()));
                    categories.add(c);
                    points.add(point(ctx, c, r).ofPlatform(p.platformId(), ctx.colour(p.platformId())));
                }
            }
            if (q.qualifies() == QuotaRule.Qualifies.EUROPEAN && q.scope() == QuotaRule.Scope.ALL) {
                published(ctx, categories, points, cited);
            }
            notes.add(ctx.get("chart.quota.counted." + q.qualifies().name().toLowerCase(Locale.ROOT)));
            notes.add(ctx.get(cited.isEmpty() ? "chart.quota.ours" : "chart.quota.oursAndTheirs"));
            notes.add(CatalogueCharts.scopeNote(ctx, snapshots));
            notes.add(ctx.get("chart.quota.law", translated(ctx, "chart.quota.source." + q.id(), q.legalSource()),
                    translated(ctx, "chart.quota.article." + q.id(), q.article())));
        }
        ChartSpec.Reference threshold = q == null ? null
                : new ChartSpec.Reference(q.thresholdPct(), ctx.get("chart.quota.threshold", ctx.numbers().share(q.thresholdPct())));
        String source = CatalogueCharts.source(ctx, snapshots, cited);
        return new ChartSpec(id(), ChartType.BARS, ctx.texts().locale(), ctx.get("chart.quota.title", ctx.get("chart.quota.rule." + rule)),
                ctx.get("chart.quota.subtitle." + rule), "", ctx.get("axis.shareOfCatalogue"), ValueUnit.PERCENT, categories,
                points.isEmpty() ? List.of() : List.of(new ChartSeries("share", ctx.get("chart.quota.series"), "#6b7280", points)),
                threshold, notes, source,
                CatalogueCharts.dataDate(ctx, snapshots));
    }

    /** A platform's share from its file, with how many titles it is of and how many have no known country. */
    private static ChartPoint point(ChartContext ctx, String category, Quotas.RuleResult r) {
        NumberText n = ctx.numbers();
        int known = r.titles() - r.unknown();
        if (r.sharePct() == null) {
            return ChartPoint.missing(category, ctx.get("chart.quota.noKnown", n.count(r.unknown())));
        }
        String label = ctx.get("chart.quota.label", n.share(r.sharePct()), n.count(r.qualifying()), n.count(known), n.count(r.unknown()));
        return ChartPoint.share(category, r.sharePct(), r.qualifying(), known, label);
    }

    /**
     * Our words about a rule in the chart's language when the bundle has them (data/quotas.csv writes them in English;
     * the texts' own titles stay as written), else as the file writes them (a rule the user added).
     */
    private static String translated(ChartContext ctx, String key, String asWritten) {
        return ctx.texts().has(key) ? ctx.get(key) : asWritten;
    }

    /** The published shares of European works in the shown platforms' catalogues (the facts), one bar each, with the territory each holds for. */
    private static void published(ChartContext ctx, List<String> categories, List<ChartPoint> points, List<Fact> cited)
            throws DataException {
        for (Fact f : CatalogueShares.of(ctx.facts()).europeanWorks()) {
            if (ctx.shown(f.platformId()) && CatalogueShares.EUROPEAN_WORKS.equals(f.metric())) {
                // where the figure holds is the fact's own scope: "France" only when its source says so
                String c = ctx.get("chart.quota.published", ctx.name(f.platformId()), FrenchOriginalsChart.publisher(
                        f.source().citation().replace(" – ", " (")), ctx.texts().shortPeriod(f.period()), FactCharts.scope(ctx, f));
                categories.add(c);
                points.add(ChartPoint.fact(c, Double.NaN, f, FactCharts.label(ctx, f, ValueUnit.PERCENT))
                        .ofPlatform(f.platformId(), ctx.colour(f.platformId())));
                cited.add(f);
            }
        }
    }
}
