package fr.vodcompare.ui.audience;

import fr.vodcompare.analysis.MarketData;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.chart.ChartPoint;
import fr.vodcompare.chart.ChartRequest;
import fr.vodcompare.chart.ChartSeries;
import fr.vodcompare.chart.ChartService;
import fr.vodcompare.chart.ChartSpec;
import fr.vodcompare.testing.BundledStore;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.DataEvents;
import fr.vodcompare.ui.RecordingLinks;
import fr.vodcompare.ui.audience.AudienceViewModel.Series;
import fr.vodcompare.ui.export.ChartPngs;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AudienceViewModelTest {
    @RegisterExtension
    static final BundledStore BUNDLED = new BundledStore();
    ChartService charts;
    AudienceViewModel vm;

    @BeforeEach
    void load() {
        charts = new ChartService(new MarketData(BUNDLED.store()));
        vm = new AudienceViewModel(new fr.vodcompare.analysis.MarketData(BUNDLED.store()), ChartPngs.of(charts), BackgroundTasks.sameThread(),
                new RecordingLinks(), new DataEvents());
        vm.load();
    }

    private Series series(String key) {
        return vm.series().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    private ChartSeries drawn(String key) {
        return vm.specProperty().get().series().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void drawsCncReachByPlatformOverTimeThroughTheChartPackage() {
        assertThat(vm.metricProperty().get()).isEqualTo("platform_reach_among_vod_consumers");
        assertThat(vm.unitProperty().get()).isEqualTo("% of VOD consumers");
        assertThat(vm.specProperty().get().id()).isEqualTo("audience-reach-trend");
        Series netflix = series("netflix");
        assertThat(netflix.name()).isEqualTo("Netflix");
        assertThat(netflix.colour()).isEqualTo("#E50914");
        assertThat(netflix.last().low()).isEqualTo(63.8);
        assertThat(drawn("netflix").points()).hasSize(8);
        assertThat(drawn("netflix").points().get(0).low()).isEqualTo(37.0);
        assertThat(drawn("prime_video").points().get(0).low()).isEqualTo(9.0);
        assertThat(vm.series().get(0).key()).isEqualTo("netflix");
    }

    @Test
    void pointsAreInTimeOrder() {
        vm.specProperty().get().series().forEach(s -> {
            List<ChartPoint> p = s.points();
            for (int i = 1; i < p.size(); i++) {
                assertThat(p.get(i).x()).isGreaterThan(p.get(i - 1).x());
            }
        });
    }

    @Test
    void theChartShownIsTheOneExportChartDrawsForTheSameSubjects() throws Exception {
        vm.localeProperty().set(Locale.FRANCE);
        vm.metricProperty().set("subscribers");
        vm.show("netflix", false);
        ChartSpec shown = vm.specProperty().get();
        assertThat(shown.id()).isEqualTo("audience-subscribers");
        assertThat(shown.series()).extracting(ChartSeries::key).doesNotContain("netflix").isNotEmpty();
        List<String> keys = vm.series().stream().map(Series::key).filter(k -> !k.equals("netflix")).toList();
        assertThat(vm.exportOne(shown).platformIds()).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(charts.spec(new ChartRequest("audience-subscribers", Locale.FRANCE, keys, null, null))).isEqualTo(shown);
        assertThat(shown.title()).isEqualTo("Abonnés en France");
    }

    @Test
    void figuresInAnotherUnitAreListedNotPlotted() {
        vm.metricProperty().set("subscribers");
        assertThat(vm.unitProperty().get()).isEqualTo("million subscriptions");
        assertThat(vm.notPlotted()).isNotEmpty().allSatisfy(f -> assertThat(f.unit()).isNotEqualTo("million subscriptions"));
        assertThat(vm.figures()).hasSize(19);
        assertThat(vm.specProperty().get().notes()).anyMatch(n -> n.contains("another unit"));
    }

    @Test
    void wholeMarketFiguresFormTheirOwnSeries() {
        vm.metricProperty().set("svod_viewers_share_of_internet_users");
        assertThat(vm.series()).extracting(Series::key).containsExactly(AudienceViewModel.MARKET);
        assertThat(vm.series().get(0).name()).isEqualTo("Whole market");
    }

    @Test
    void noMetricIsNeverAChoice() {
        vm.metricProperty().set("subscribers");
        vm.metricProperty().set(null);
        assertThat(vm.metricProperty().get()).isEqualTo("subscribers");
        assertThat(vm.specProperty().get().id()).isEqualTo("audience-subscribers");
    }

    @Test
    void hidingEverySubjectLeavesAnEmptyChartWithNothingToExport() {
        List.copyOf(vm.series()).forEach(s -> vm.show(s.key(), false));
        assertThat(vm.specProperty().get().isEmpty()).isTrue();
        assertThat(vm.exportOne(vm.specProperty().get()).canExportBinding().get()).isFalse();
    }

    @Test
    void offersOnlyMetricsWithFigures() {
        assertThat(vm.metrics()).contains("platform_reach_among_vod_consumers", "subscribers")
                .isSubsetOf(AudienceViewModel.METRICS);
    }
}
