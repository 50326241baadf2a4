package fr.vodcompare.ui.compare;

import fr.vodcompare.analysis.KeyFigures;
import fr.vodcompare.analysis.KeyFigures.Figure;
import fr.vodcompare.analysis.KeyFigures.Type;
import fr.vodcompare.analysis.MarketData;

import fr.vodcompare.testing.BundledStore;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.chart.ChartService;
import fr.vodcompare.chart.ChartSpec;
import fr.vodcompare.model.Fact;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.DataEvents;
import fr.vodcompare.ui.RecordingLinks;
import fr.vodcompare.ui.compare.CompareViewModel.Column;
import fr.vodcompare.ui.export.ChartPngs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CompareViewModelTest {
    @RegisterExtension
    static final BundledStore BUNDLED = new BundledStore();
    CompareViewModel vm;

    @BeforeEach
    void load() {
        ChartService charts = fr.vodcompare.cli.Cli.charts(BUNDLED.store());
        vm = new CompareViewModel(BUNDLED.store(), charts, ChartPngs.of(charts), BackgroundTasks.sameThread(), new RecordingLinks(),
                new DataEvents());
        vm.load();
    }

    private Figure figure(String platform, Type type) {
        Column c = vm.columns().stream().filter(x -> x.platform().id().equals(platform)).findFirst().orElseThrow();
        return c.figures().get(type.ordinal());
    }

    @Test
    void comparesNetflixAndPrimeVideoAtFirst() {
        assertThat(vm.columns()).extracting(c -> c.platform().name()).containsExactly("Netflix", "Prime Video");
    }

    @Test
    void keyFiguresAreTheNewestSourcedOnes() {
        assertThat(figure("netflix", Type.CATALOGUE_SIZE).facts()).extracting(Fact::valueText).containsExactly("6283");
        assertThat(figure("netflix", Type.CATALOGUE_SIZE).computed().value()).isEqualTo(8807);
        assertThat(figure("prime_video", Type.REACH).facts()).extracting(Fact::valueText).containsExactly("39.8");
        assertThat(figure("netflix", Type.SPEND).facts()).extracting(Fact::valueText).containsExactly("7-8");
        assertThat(figure("prime_video", Type.SPEND).facts()).extracting(Fact::valueText).containsExactlyInAnyOrder("4.5", "5");
        assertThat(figure("netflix", Type.FRENCH_SHARE).facts()).extracting(Fact::valueText).containsExactly("5.5");
        assertThat(figure("netflix", Type.ORIGINALS).facts()).extracting(Fact::valueText).containsExactly("24");
    }

    @Test
    void countsWhatTheImportedDataHolds() {
        KeyFigures.Computed french = figure("netflix", Type.FRENCH_SHARE).computed();
        assertThat(french.of()).isPositive().isLessThan(8807);
        assertThat(french.value()).isPositive().isLessThan(french.of());
        KeyFigures.Computed originals = figure("netflix", Type.ORIGINALS).computed();
        assertThat(originals.of()).isEqualTo(20);
        assertThat(originals.value()).isEqualTo(14);
    }

    @Test
    void everyKeyFigureHasASource() {
        vm.columns().forEach(c -> c.figures().forEach(f -> f.facts().forEach(fact -> {
            assertThat(fact.source().citation()).isNotBlank();
            assertThat(fact.platformId()).isEqualTo(c.platform().id());
        })));
    }

    @Test
    void computesEveryChartOfTheDashboardForTheChosenPlatforms() {
        assertThat(vm.specs()).extracting(ChartSpec::id).containsExactlyElementsOf(ChartService.ids());
        assertThat(vm.specs()).allSatisfy(s -> assertThat(s.platformIds()).isSubsetOf("netflix", "prime_video"));
        assertThat(vm.specs().get(0).title()).isNotBlank();
        vm.localeProperty().set(java.util.Locale.FRANCE);
        vm.choose("disney_plus", true);
        ChartSpec reach = vm.specs().stream().filter(s -> s.id().equals("audience-reach")).findFirst().orElseThrow();
        assertThat(reach.locale().getLanguage()).isEqualTo("fr");
        assertThat(reach.platformIds()).contains("disney_plus");
    }

    @Test
    void choosingAPlatformAddsItsColumnAndRows() {
        int rows = vm.rows().size();
        vm.choose("disney_plus", true);
        assertThat(vm.columns()).hasSize(3);
        assertThat(figure("disney_plus", Type.REACH).facts()).extracting(Fact::valueText).containsExactly("24.9");
        assertThat(vm.rows().size()).isGreaterThanOrEqualTo(rows);
        vm.choose("netflix", false);
        assertThat(vm.columns()).extracting(c -> c.platform().id()).containsExactly("prime_video", "disney_plus");
    }

    @Test
    void readsNothingUntilTheScreenIsShownThenOnceAndAgainOnlyWhenTheDataChanged() {
        java.util.concurrent.atomic.AtomicInteger ran = new java.util.concurrent.atomic.AtomicInteger();
        BackgroundTasks counting = new BackgroundTasks(r -> {
            ran.incrementAndGet();
            r.run();
        }, Runnable::run);
        ChartService charts = fr.vodcompare.cli.Cli.charts(BUNDLED.store());
        DataEvents events = new DataEvents();
        CompareViewModel hidden = new CompareViewModel(BUNDLED.store(), charts, ChartPngs.of(charts), counting, new RecordingLinks(),
                events);
        // what the window does at start and while another screen is shown: nothing is read
        hidden.chosen().setAll("netflix", "disney_plus");
        hidden.localeProperty().set(java.util.Locale.FRANCE);
        events.changed();
        hidden.reloadOverlap();
        assertThat(ran).hasValue(0);
        assertThat(hidden.columns()).isEmpty();
        hidden.shown();
        assertThat(ran.get()).isPositive();
        assertThat(hidden.columns()).extracting(c -> c.platform().id()).containsExactly("netflix", "disney_plus");
        assertThat(hidden.specs()).extracting(ChartSpec::id).containsExactlyElementsOf(ChartService.ids());
        int once = ran.get();
        hidden.shown(); // shown again, nothing changed: nothing read again
        assertThat(ran).hasValue(once);
        events.changed(); // the data changed while shown: read again
        assertThat(ran.get()).isGreaterThan(once);
    }
}
