package fr.vodcompare.ui.audience;

import fr.vodcompare.testing.BundledStore;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.DataEvents;
import fr.vodcompare.ui.RecordingLinks;
import fr.vodcompare.ui.audience.AudienceViewModel.Series;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AudienceViewModelTest {
    @RegisterExtension
    static final BundledStore BUNDLED = new BundledStore();
    AudienceViewModel vm;

    @BeforeEach
    void load() {
        vm = new AudienceViewModel(BUNDLED.store().facts(), BUNDLED.store().platforms(), BackgroundTasks.sameThread(), new RecordingLinks(),
                new DataEvents());
        vm.load();
    }

    private Series series(String key) {
        return vm.series().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void plotsCncReachByPlatformOverTime() {
        assertThat(vm.metricProperty().get()).isEqualTo("platform_reach_among_vod_consumers");
        assertThat(vm.unitProperty().get()).isEqualTo("% of VOD consumers");
        Series netflix = series("netflix");
        assertThat(netflix.name()).isEqualTo("Netflix");
        assertThat(netflix.colour()).isEqualTo("#E50914");
        assertThat(netflix.points()).hasSize(8);
        assertThat(netflix.points().get(0).y()).isEqualTo(37.0);
        assertThat(netflix.points().get(netflix.points().size() - 1).y()).isEqualTo(63.8);
        assertThat(series("prime_video").points().get(0).y()).isEqualTo(9.0);
        assertThat(vm.series().get(0).key()).isEqualTo("netflix");
    }

    @Test
    void pointsAreInTimeOrder() {
        vm.series().forEach(s -> {
            for (int i = 1; i < s.points().size(); i++) {
                assertThat(s.points().get(i).x()).isGreaterThan(s.points().get(i - 1).x());
            }
        });
    }

    @Test
    void figuresInAnotherUnitAreListedNotPlotted() {
        vm.metricProperty().set("subscribers");
        assertThat(vm.unitProperty().get()).isEqualTo("million subscriptions");
        assertThat(vm.notPlotted()).isNotEmpty().allSatisfy(f -> assertThat(f.unit()).isNotEqualTo("million subscriptions"));
        assertThat(vm.figures()).hasSize(19);
    }

    @Test
    void wholeMarketFiguresFormTheirOwnSeries() {
        vm.metricProperty().set("svod_viewers_share_of_internet_users");
        assertThat(vm.series()).extracting(Series::key).containsExactly(AudienceViewModel.MARKET);
    }

    @Test
    void offersOnlyMetricsWithFigures() {
        assertThat(vm.metrics()).contains("platform_reach_among_vod_consumers", "subscribers")
                .isSubsetOf(AudienceViewModel.METRICS);
    }
}
