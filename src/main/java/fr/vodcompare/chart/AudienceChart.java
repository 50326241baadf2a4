package fr.vodcompare.chart;

import fr.vodcompare.analysis.AudienceSeries;
import fr.vodcompare.analysis.Facts;
import fr.vodcompare.analysis.Units;
import fr.vodcompare.model.Fact;
import fr.vodcompare.model.DataException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One audience metric over time (the Audience screen's chart): one line per subject across the sources' periods.
 * By default only the platforms of the registry measured at least twice (a single point makes no line) and the
 * whole market; the subjects chosen (platform ids, {@code market}, or a subject as a source names it) are all shown.
 * The reach among VOD users is the dashboard's {@code audience-reach-trend}; every other metric is
 * {@code audience-METRIC} (underscores as dashes).
 */
final class AudienceChart implements ChartDefinition {
    static final String REACH_ID = "audience-reach-trend";
    /** The metrics of the Audience screen, in the order it offers them. */
    static final List<String> METRICS = List.of("platform_reach_among_vod_consumers", "household_subscription_rate",
            "svod_service_use_among_internet_adults", "svod_household_penetration", "subscribers", "monthly_users",
            "svod_viewers_share_of_internet_users", "daily_svod_users", "svod_users_last_12_months");
    /** Colours of the subjects outside the registry (the market first), apart from the platforms' own. */
    static final String MARKET_COLOUR = "#595959";
    private static final String[] OTHERS = {"#8C8C8C", "#8C6D31", "#6B6ECF", "#637939", "#A55194"};

    private final String metric;
    private final boolean chosen;

    /** @param chosen true when the user chose the subjects (then single measurements are shown too) */
    AudienceChart(String metric, boolean chosen) {
        this.metric = metric;
        this.chosen = chosen;
    }

    /** The chart id of an audience metric. */
    static String id(String metric) {
        return metric.equals(METRICS.get(0)) ? REACH_ID : "audience-" + metric.replace('_', '-');
    }

    @Override
    public String id() {
        return id(metric);
    }

    private boolean reach() {
        return metric.equals(METRICS.get(0));
    }

    @Override
    public String title(ChartTexts texts) {
        return reach() ? texts.get("chart." + REACH_ID + ".name") : texts.get("chart.audience." + metric + ".title");
    }

    @Override
    public ChartSpec build(ChartContext ctx) throws DataException {
        AudienceSeries audience = AudienceSeries.of(ctx.facts(), metric);
        ValueUnit unit = unit(audience.unit());
        List<ChartSeries> series = new ArrayList<>();
        List<Fact> used = new ArrayList<>();
        List<String> single = new ArrayList<>();
        int other = 0;
        for (Map.Entry<String, List<Fact>> e : audience.series().entrySet()) {
            String key = e.getKey();
            boolean platform = e.getValue().get(0).platformId() != null;
            // a subject's colour does not depend on which subjects are shown
            // the whole market is a reference, not a platform: always grey (drawn dashed)
            String colour = platform ? ctx.colour(key) : key.equals(AudienceSeries.MARKET) ? MARKET_COLOUR
                    : OTHERS[Math.min(other++, OTHERS.length - 1)];
            String name = platform ? ctx.name(key) : key.equals(AudienceSeries.MARKET) ? ctx.get("audience.market") : key;
            if (chosen ? !ctx.shown(key) : !platform && !key.equals(AudienceSeries.MARKET)) {
                continue;
            }
            if (e.getValue().size() < 2 && !chosen) {
                single.add(name);
                continue;
            }
            List<ChartPoint> points = new ArrayList<>();
            for (Fact f : e.getValue()) {
                points.add(ChartPoint.fact(f.period(), AudienceSeries.at(f), f, FactCharts.label(ctx, f, unit)));
                used.add(f);
            }
            series.add(new ChartSeries(key, name, colour, points));
        }
        series.sort(Comparator.comparingInt((ChartSeries s) -> s.key().equals(AudienceSeries.MARKET) ? 1 : 0)
                .thenComparingInt(s -> ctx.order(s.key())));
        List<String> notes = new ArrayList<>(FactCharts.qualifierNotes(ctx, FactCharts.points(series)));
        notes.add(ctx.get(reach() ? "chart." + REACH_ID + ".note" : "chart.audience.note"));
        if (!single.isEmpty()) {
            notes.add(ctx.get("chart." + REACH_ID + ".single", CatalogueCharts.join(ctx, single)));
        }
        long leftOff = audience.leftOff().stream().filter(f -> !chosen || ctx.shown(AudienceSeries.key(f))).count();
        if (leftOff > 0) {
            notes.add(leftOff == 1 ? ctx.get("chart.audience.leftOff.one")
                    : ctx.get("chart.audience.leftOff.many", ctx.numbers().count(leftOff)));
        }
        used.sort(Facts.byPeriod());
        Locale locale = ctx.texts().locale();
        String title = reach() ? ctx.get("chart." + REACH_ID + ".title") : ctx.get("chart.audience." + metric + ".title");
        String subtitle = reach() ? ctx.get("chart." + REACH_ID + ".subtitle")
                : ctx.get("chart.audience.subtitle", Units.label(audience.unit(), locale));
        String axis = reach() ? ctx.get("axis.shareOfVodUsers") : capitalised(Units.label(audience.unit(), locale), locale);
        return new ChartSpec(id(), ChartType.LINE, locale, title, subtitle, "", axis, unit, List.of(), series, null, notes,
                used.isEmpty() ? "" : FactCharts.source(ctx, used), FactCharts.dataDate(ctx, used));
    }

    /** How the values of a unit are written: shares in %, millions as millions, anything else as a plain number. */
    static ValueUnit unit(String unit) {
        if (unit.startsWith("%")) {
            return ValueUnit.PERCENT;
        }
        return unit.startsWith("million ") ? ValueUnit.MILLIONS : ValueUnit.COUNT;
    }

    private static String capitalised(String s, Locale locale) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(locale) + s.substring(1);
    }
}
