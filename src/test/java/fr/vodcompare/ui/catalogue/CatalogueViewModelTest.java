package fr.vodcompare.ui.catalogue;

import fr.vodcompare.testing.BundledStore;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.model.Kind;
import fr.vodcompare.store.TitleBrowseQueries;
import fr.vodcompare.store.TitleBrowseQueries.Row;
import fr.vodcompare.store.TitleFilter;
import fr.vodcompare.store.TitleSort;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.DataEvents;
import fr.vodcompare.ui.PagedList;
import fr.vodcompare.ui.RecordingExecutor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CatalogueViewModelTest {
    @RegisterExtension
    static final BundledStore BUNDLED = new BundledStore();
    CatalogueViewModel vm;

    @BeforeEach
    void load() {
        vm = newViewModel(BackgroundTasks.sameThread());
        vm.load();
    }

    private static CatalogueViewModel newViewModel(BackgroundTasks searchTasks) {
        return new CatalogueViewModel(new TitleBrowseQueries(BUNDLED.store().database()), BUNDLED.store().titles(), BackgroundTasks.sameThread(),
                searchTasks, new DataEvents());
    }

    private Row row(int i) {
        return vm.rowsProperty().get().get(i);
    }

    @Test
    void showsEveryTitleAtFirst() {
        assertThat(vm.matchCountProperty().get()).isEqualTo(18_475);
        assertThat(vm.totalCountProperty().get()).isEqualTo(18_475);
        assertThat(vm.platforms()).extracting(CatalogueViewModel.PlatformChoice::name).containsExactly("Netflix", "Prime Video");
        assertThat(vm.genres()).isNotEmpty();
    }

    @Test
    void typingLupinFindsLupinOnNetflix() {
        vm.searchProperty().set("lupin");
        assertThat(row(0).title().name()).isEqualTo("Lupin");
        assertThat(row(0).platformName()).isEqualTo("Netflix");
        assertThat(vm.matchCountProperty().get()).isBetween(2, 50);
    }

    @Test
    void filtersNarrowTheCount() {
        vm.kindProperty().set(Kind.SERIES);
        int series = vm.matchCountProperty().get();
        assertThat(series).isEqualTo(2676 + 1854);
        vm.showPlatform("prime_video", false);
        assertThat(vm.matchCountProperty().get()).isEqualTo(2676);
        vm.originProperty().set(TitleFilter.Origin.FRANCE);
        assertThat(vm.matchCountProperty().get()).isLessThan(2676).isPositive();
        vm.clearFilters();
        assertThat(vm.matchCountProperty().get()).isEqualTo(18_475);
    }

    @Test
    void franceAndSeriesSaysHowManyPrimeVideoSeriesHaveNoCountry() {
        vm.kindProperty().set(Kind.SERIES);
        assertThat(vm.blanks()).isEmpty();
        vm.originProperty().set(TitleFilter.Origin.FRANCE);
        TitleBrowseQueries.Blanks prime = vm.blanks().stream().filter(b -> b.platformId().equals("prime_video"))
                .findFirst().orElseThrow();
        assertThat(prime.noCountry()).isEqualTo(prime.titles()).isGreaterThan(1854 / 2);
        vm.clearFilters();
        assertThat(vm.blanks()).isEmpty();
    }

    @Test
    void hidingEveryPlatformShowsNothing() {
        vm.showPlatform("netflix", false);
        vm.showPlatform("prime_video", false);
        assertThat(vm.matchCountProperty().get()).isZero();
        assertThat(vm.rowsProperty().get()).isEmpty();
    }

    @Test
    void rowsPastTheFirstPageLoadWhenAskedFor() {
        PagedList<Row> rows = (PagedList<Row>) vm.rowsProperty().get();
        assertThat(rows.isLoaded(CatalogueViewModel.PAGE * 10)).isFalse();
        assertThat(rows.get(CatalogueViewModel.PAGE * 10)).isNotNull();
        assertThat(rows.get(rows.size() - 1)).isNotNull();
    }

    @Test
    void sortingByYearPutsTheNewestFirst() {
        vm.sortProperty().set(new TitleSort(TitleSort.Key.YEAR, false));
        assertThat(row(0).title().releaseYear()).isEqualTo(2021);
    }

    @Test
    void selectingATitleListsThePlatformsOfItsWork() {
        vm.searchProperty().set("lupin");
        vm.selectedProperty().set(row(0));
        assertThat(vm.copies()).extracting(TitleBrowseQueries.Copy::platformId).containsExactly("netflix");
    }

    /**
     * At start the first page is read with the lists, in one task, for the filter the controls give once the lists are
     * in (saved filters and order included): no second query, and the other screens' reads wait for it.
     */
    @Test
    void theFirstPageIsReadWithTheListsAndTheOtherScreensWaitForIt() {
        for (CatalogueState saved : new CatalogueState[] {null, new CatalogueState("", List.of("prime_video"), "FILM", null, null,
                2000, null, null, null, false, "YEAR", false)}) {
            RecordingExecutor worker = new RecordingExecutor();
            RecordingExecutor search = new RecordingExecutor();
            CatalogueViewModel fresh = new CatalogueViewModel(new TitleBrowseQueries(BUNDLED.store().database()),
                    BUNDLED.store().titles(), new BackgroundTasks(worker, Runnable::run), new BackgroundTasks(search, Runnable::run),
                    new DataEvents());
            fresh.restore(saved);
            List<String> others = new ArrayList<>();
            fresh.afterFirstPage(() -> others.add("read"));
            fresh.load();
            assertThat(others).isEmpty();
            worker.runAll();
            assertThat(search.size()).as("queries on the search thread").isZero();
            assertThat(others).containsExactly("read");
            Row first = fresh.rowsProperty().get().get(0);
            assertThat(first).isNotNull();
            if (saved != null) {
                assertThat(first.platformName()).isEqualTo("Netflix");
                assertThat(first.title().releaseYear()).isEqualTo(2021);
                assertThat(fresh.matchCountProperty().get()).isLessThan(8807);
            } else {
                assertThat(fresh.matchCountProperty().get()).isEqualTo(18_475);
            }
            // afterwards: at once
            fresh.afterFirstPage(() -> others.add("again"));
            assertThat(others).containsExactly("read", "again");
        }
    }

    @Test
    void aSlowOlderSearchNeverReplacesANewerOne() {
        RecordingExecutor worker = new RecordingExecutor();
        CatalogueViewModel slow = newViewModel(new BackgroundTasks(worker, Runnable::run));
        slow.load();
        worker.runAll();
        slow.searchProperty().set("l");
        slow.searchProperty().set("lu");
        slow.searchProperty().set("lupin");
        worker.runNewestFirst();
        assertThat(slow.rowsProperty().get().get(0).title().name()).isEqualTo("Lupin");
        assertThat(slow.matchCountProperty().get()).isEqualTo(count("lupin"));
    }

    private static int count(String text) {
        try {
            return new TitleBrowseQueries(BUNDLED.store().database()).count(TitleFilter.ALL.withSearch(text));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void stateSurvivesARestart() {
        vm.searchProperty().set("omar sy");
        vm.kindProperty().set(Kind.FILM);
        vm.showPlatform("prime_video", false);
        vm.yearFromProperty().set(2010);
        vm.sortProperty().set(new TitleSort(TitleSort.Key.ADDED, false));
        CatalogueState saved = vm.state();

        CatalogueViewModel again = newViewModel(BackgroundTasks.sameThread());
        again.restore(saved);
        again.load();
        assertThat(again.state()).isEqualTo(saved);
        assertThat(again.matchCountProperty().get()).isEqualTo(vm.matchCountProperty().get());
    }

    @Test
    void exportWritesTheMatchingTitlesWithFormulasEscaped() throws Exception {
        vm.searchProperty().set("lupin");
        Path file = BUNDLED.dir().resolve("lupin.csv");
        AtomicInteger written = new AtomicInteger(-1);
        List<Throwable> errors = new ArrayList<>();
        vm.exportCsv(file, written::set, errors::add);
        assertThat(errors).isEmpty();
        assertThat(written.get()).isEqualTo(vm.matchCountProperty().get());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(written.get() + 1);
        assertThat(lines.get(0)).isEqualTo("\uFEFF" + String.join(",", TitleCsvWriter.HEADER));
        assertThat(lines.get(1)).startsWith("Netflix,s735,series,Lupin,");
    }
}
