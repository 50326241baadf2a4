package fr.vodcompare.chart;

import java.util.List;
import java.util.Optional;

/** Every chart the app draws, in the order the dashboard and {@code export-all} list them. */
final class ChartCatalog {
    private ChartCatalog() {
    }

    /** @param chosenPlatforms true when the user chose the platforms (some charts then show more) */
    static List<ChartDefinition> all(boolean chosenPlatforms) {
        List<ChartDefinition> out = new java.util.ArrayList<>(List.of(new CatalogueSizeChart(), new KindMixChart(),
                new GenreMixChart(), new CountryMixChart(), new CatalogueAgeChart(), new CatalogueGrowthChart(),
                new CatalogueChangesChart(), new AudienceReachChart(), new AudienceChart(AudienceChart.METRICS.get(0), chosenPlatforms),
                new ContentSpendChart(), new FrenchOriginalsChart(), new FrenchShareChart(), new EuropeanWorksChart()));
        QuotaChart.RULES.forEach(r -> out.add(new QuotaChart(r)));
        out.add(new OverlapChart());
        return List.copyOf(out);
    }

    /** The Audience screen's charts of the other audience metrics (not on the dashboard). */
    static List<ChartDefinition> audience(boolean chosenPlatforms) {
        return AudienceChart.METRICS.stream().skip(1).map(m -> (ChartDefinition) new AudienceChart(m, chosenPlatforms)).toList();
    }

    /** The charts of Netflix's weekly Top 10, listed once their data is imported (see {@link ChartDefinition#listed}). */
    static List<ChartDefinition> top10() {
        return List.of(new Top10FrenchShareChart(), new Top10LongestChart(), new Top10WorldChart());
    }

    static List<String> ids() {
        return all(false).stream().map(ChartDefinition::id).toList();
    }

    static Optional<ChartDefinition> find(String id, boolean chosenPlatforms) {
        return java.util.stream.Stream.of(all(chosenPlatforms), audience(chosenPlatforms), top10()).flatMap(List::stream)
                .filter(d -> d.id().equals(id)).findFirst();
    }
}
