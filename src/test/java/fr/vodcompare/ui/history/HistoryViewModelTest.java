package fr.vodcompare.ui.history;

import fr.vodcompare.analysis.MarketData;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.analysis.SnapshotDiff;
import fr.vodcompare.chart.ChartService;
import fr.vodcompare.chart.ChartSpec;
import fr.vodcompare.ingest.CatalogueImport;
import fr.vodcompare.ingest.CatalogueImporter;
import fr.vodcompare.ingest.CsvOptions;
import fr.vodcompare.ingest.ImportProgress;
import fr.vodcompare.model.MatchRule;
import fr.vodcompare.model.Snapshot;
import fr.vodcompare.store.Store;
import fr.vodcompare.testing.BundledStore;
import fr.vodcompare.testing.TestStores;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.DataEvents;
import fr.vodcompare.ui.UiMessage;
import fr.vodcompare.ui.export.ChartExportViewModel;
import fr.vodcompare.ui.export.ChartPngs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class HistoryViewModelTest {
    @RegisterExtension
    static final BundledStore BUNDLED = new BundledStore();
    HistoryViewModel vm;

    @BeforeEach
    void load() {
        vm = newViewModel(BUNDLED.store(), new DataEvents());
        vm.load();
    }

    private static HistoryViewModel newViewModel(Store store, DataEvents events) {
        ChartService charts = new ChartService(new MarketData(store));
        return new HistoryViewModel(store, ChartPngs.of(charts), BackgroundTasks.sameThread(), events);
    }

    private Snapshot snapshot(String date) {
        return snapshot(vm, date);
    }

    @Test
    void comparesNetflixsTwoNewestCataloguesAtFirst() throws Exception {
        assertThat(vm.platformProperty().get()).isEqualTo("netflix");
        assertThat(vm.territoryProperty().get()).isEqualTo(Snapshot.UNSTATED);
        assertThat(vm.snapshots()).extracting(s -> s.asOf().toString()).containsExactly("2021-09-25", "2019-11-30");
        assertThat(vm.fromProperty().get().asOf()).isEqualTo(LocalDate.of(2019, 11, 30));
        assertThat(vm.toProperty().get().asOf()).isEqualTo(LocalDate.of(2021, 9, 25));
        SnapshotDiff shown = vm.diffProperty().get();
        // the figures the diff command gives on the bundled data (see the analysis tests for why they are right)
        assertThat(vm.added()).hasSize(3_063);
        assertThat(vm.removed()).hasSize(94);
        assertThat(vm.ambiguous()).hasSize(18);
        // every title both list is changed or unchanged, and counted under exactly one rule
        int matched = shown.matchedBy().values().stream().mapToInt(Integer::intValue).sum();
        assertThat(vm.changed().size() + shown.unchanged()).isEqualTo(matched).isPositive();
        assertThat(shown.matchedBy()).doesNotContainKey(MatchRule.ID);
        // what the screen shows is what the analysis says, list for list
        SnapshotDiff direct = SnapshotDiff.between(BUNDLED.store().history(), snapshot("2019-11-30"), snapshot("2021-09-25"));
        assertThat(shown.counts()).isEqualTo(direct.counts());
        assertThat(vm.changed()).isEqualTo(direct.changed());
        assertThat(vm.messageProperty().get()).isNull();
    }

    @Test
    void theFilterNarrowsEveryListAccentsAndCaseIgnored() {
        vm.filterProperty().set("POKEMON");
        assertThat(vm.added()).isNotEmpty().hasSizeLessThan(20)
                .allSatisfy(e -> assertThat(e.title()).containsIgnoringCase("Pokémon"));
        assertThat(vm.removed()).allSatisfy(e -> assertThat(e.title()).containsIgnoringCase("Pokémon"));
        vm.filterProperty().set("charmed");
        assertThat(vm.added()).isEmpty();
        assertThat(vm.ambiguous()).singleElement().satisfies(a -> {
            assertThat(a.title().title()).isEqualTo("Charmed");
            assertThat(a.candidates()).hasSize(2);
        });
        vm.filterProperty().set("");
        assertThat(vm.added()).hasSize(3_063);
        assertThat(vm.ambiguous()).hasSize(18);
    }

    @Test
    void aPlatformWithOneCatalogueSaysThereIsNothingToCompare() {
        vm.platformProperty().set("prime_video");
        assertThat(vm.snapshots()).hasSize(1);
        assertThat(vm.diffProperty().get()).isNull();
        assertThat(vm.added()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo(new UiMessage("history.check.single", "Prime Video"));
        vm.platformProperty().set("netflix");
        assertThat(vm.added()).hasSize(3_063);
        assertThat(vm.messageProperty().get()).isNull();
    }

    @Test
    void theEarlierCatalogueMustComeFirst() {
        vm.fromProperty().set(snapshot("2021-09-25"));
        assertThat(vm.messageProperty().get()).isEqualTo(new UiMessage("history.check.same"));
        vm.toProperty().set(snapshot("2019-11-30"));
        assertThat(vm.messageProperty().get()).isEqualTo(new UiMessage("history.check.order"));
        assertThat(vm.diffProperty().get()).isNull();
    }

    @Test
    void theChartShowsTheSameStepInTheScreensLanguage() throws Exception {
        vm.localeProperty().set(Locale.FRANCE);
        ChartSpec chart = vm.chartProperty().get();
        assertThat(chart.id()).isEqualTo("catalogue-changes");
        assertThat(chart.locale().getLanguage()).isEqualTo("fr");
        assertThat(chart.title()).isNotEqualTo(new ChartService(new MarketData(BUNDLED.store())).spec(new fr.vodcompare.chart.ChartRequest(
                "catalogue-changes", Locale.UK, List.of("netflix"), null, null)).title());
        assertThat(chart.categories()).hasSize(1);
        assertThat(chart.series().get(0).points().get(0).count()).isEqualTo(3_063);
        assertThat(chart.series().get(1).points().get(0).count()).isEqualTo(94);
        ChartExportViewModel export = vm.exportChart(chart);
        assertThat(export.request().platformIds()).containsExactly("netflix");
        assertThat(export.request().territory()).isEqualTo(Snapshot.UNSTATED);
    }

    @Test
    void exportsTheListsAsFilteredAsCsv(@TempDir Path dir) throws Exception {
        vm.filterProperty().set("charmed");
        Path file = dir.resolve("changes.csv");
        List<Integer> written = new ArrayList<>();
        vm.exportCsv(file, written::add, e -> { throw new AssertionError(e); });
        int shown = vm.added().size() + vm.removed().size() + vm.changed().size() + vm.ambiguous().size();
        assertThat(written).containsExactly(shown);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFF" + String.join(",", HistoryCsv.HEADER));
        assertThat(lines).hasSize(shown + 1);
        assertThat(lines).anyMatch(l -> l.startsWith("netflix,unstated,2019-11-30,2021-09-25,ambiguous,Charmed,2021,series,,,")
                && l.contains("Charmed (2005, series) | Charmed (2019, series)"));
    }

    @Test
    void aNewerCatalogueInAnotherTerritoryBecomesTheDefaultAndTheOldPairStaysAtHand(@TempDir Path dir) throws Exception {
        try (Store store = TestStores.bundledCopy(dir)) {
            DataEvents events = new DataEvents();
            HistoryViewModel other = newViewModel(store, events);
            other.load();
            Path file = TestStores.write(dir, "fr.csv", "show_id,type,title,release_year\nx1,Movie,Lupin,2021\n");
            new CatalogueImporter(store).run(new CatalogueImport(file, "netflix", null, LocalDate.of(2022, 1, 31), "FR",
                    CsvOptions.DEFAULT, false), ImportProgress.NONE);
            events.changed();
            assertThat(other.platformProperty().get()).isEqualTo("netflix");
            assertThat(other.territories()).containsExactly("FR", Snapshot.UNSTATED);
            assertThat(other.territoryProperty().get()).isEqualTo("FR");
            assertThat(other.messageProperty().get()).isEqualTo(new UiMessage("history.check.single", "Netflix"));
            other.territoryProperty().set(Snapshot.UNSTATED);
            assertThat(other.added()).hasSize(3_063);
        }
    }

    @Test
    void whileTwoOtherCataloguesAreComparedTheFiguresOfThePairBeforeAreNotShown(@TempDir Path dir) throws Exception {
        try (Store store = TestStores.bundledCopy(dir)) {
            List<Runnable> held = new ArrayList<>();
            HistoryViewModel later = withThirdCatalogue(store, dir, held);
            assertThat(later.toProperty().get().asOf()).isEqualTo(LocalDate.of(2022, 1, 31));
            assertThat(later.diffProperty().get()).isNotNull();
            assertThat(later.added()).isNotEmpty();
            Snapshot first = snapshot(later, "2019-11-30");
            later.fromProperty().set(first);
            assertThat(later.loadingProperty().get()).isTrue();
            assertThat(later.diffProperty().get()).isNull();
            assertThat(later.added()).isEmpty();
            assertThat(later.removed()).isEmpty();
            assertThat(later.changed()).isEmpty();
            runAll(held);
            assertThat(later.loadingProperty().get()).isFalse();
            assertThat(later.diffProperty().get().from().asOf()).isEqualTo(LocalDate.of(2019, 11, 30));
            assertThat(later.added()).isNotEmpty();
        }
    }

    @Test
    void aComparisonSupersededBeforeItEndsShowsNothingNorAnError(@TempDir Path dir) throws Exception {
        try (Store store = TestStores.bundledCopy(dir)) {
            List<Runnable> held = new ArrayList<>();
            HistoryViewModel later = withThirdCatalogue(store, dir, held);
            Snapshot newest = later.fromProperty().get();
            Snapshot first = snapshot(later, "2019-11-30");
            later.fromProperty().set(first); // compared in the background...
            later.fromProperty().set(newest); // ...and superseded before it ends
            runAll(held);
            assertThat(later.messageProperty().get()).isNull();
            assertThat(later.loadingProperty().get()).isFalse();
            assertThat(later.diffProperty().get().from()).isEqualTo(newest);
        }
    }

    /**
     * A view model over {@code store} given a third Netflix catalogue (31 Jan 2022, one title), its background work held in
     * {@code held} (run with {@link #runAll}), loaded and its first comparison run.
     */
    private static HistoryViewModel withThirdCatalogue(Store store, Path dir, List<Runnable> held) throws Exception {
        Path file = TestStores.write(dir, "n.csv", "show_id,type,title,release_year\nx1,Movie,Lupin,2021\n");
        new CatalogueImporter(store).run(new CatalogueImport(file, "netflix", null, LocalDate.of(2022, 1, 31), null,
                CsvOptions.DEFAULT, false), ImportProgress.NONE);
        HistoryViewModel vm = new HistoryViewModel(store, ChartPngs.of(new ChartService(new MarketData(store))),
                new BackgroundTasks(held::add, Runnable::run), new DataEvents());
        vm.load();
        runAll(held);
        return vm;
    }

    private static Snapshot snapshot(HistoryViewModel vm, String date) {
        return vm.snapshots().stream().filter(s -> s.asOf().equals(LocalDate.parse(date))).findFirst().orElseThrow();
    }

    private static void runAll(List<Runnable> held) {
        while (!held.isEmpty()) {
            held.remove(0).run();
        }
    }
}
