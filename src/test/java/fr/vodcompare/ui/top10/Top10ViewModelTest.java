package fr.vodcompare.ui.top10;

import fr.vodcompare.analysis.MarketData;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.chart.ChartService;
import fr.vodcompare.chart.ChartSpec;
import fr.vodcompare.fixture.ChartFixture;
import fr.vodcompare.fixture.Top10Fixture;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.Top10Queries.Country;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.DataEvents;
import fr.vodcompare.ui.UiMessage;
import fr.vodcompare.ui.export.ChartPngs;
import fr.vodcompare.ui.top10.Top10ViewModel.Category;
import fr.vodcompare.ui.top10.Top10ViewModel.Row;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Top 10 screen's state, without the toolkit: tasks run at once on the test's thread. */
class Top10ViewModelTest {
    @TempDir
    Path dir;
    Store store;
    DataEvents events = new DataEvents();
    Top10ViewModel vm;

    @BeforeEach
    void open() throws Exception {
        store = ChartFixture.create(dir);
        ChartService charts = new ChartService(new MarketData(store));
        vm = new Top10ViewModel(store, charts, ChartPngs.of(charts), BackgroundTasks.sameThread(), events);
        vm.load();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void withoutTop10ThereIsNoCountryNoListAndNoChart() {
        assertThat(vm.countries()).isEmpty();
        assertThat(vm.countryProperty().get()).isNull();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.charts()).isEmpty();
    }

    @Test
    void importingAFileShowsFranceWithEveryWeekAndTheLinkedTitlesThenTheCharts() throws Exception {
        vm.importFile(Top10Fixture.write(dir, "c.tsv", Top10Fixture.countries()), null);
        // linked: France's 7 lines, Guadeloupe's Amélie again and Germany's Big Comedy
        assertThat(vm.messageProperty().get()).isEqualTo(new UiMessage("top10.import.done", "c.tsv", 5, 15, 0, 7 + 1 + 1));
        assertThat(vm.countries()).extracting(Country::code).containsExactly("FR", "DE", "GP");
        assertThat(vm.countryProperty().get()).isEqualTo("FR");
        assertThat(vm.fromProperty().get()).isEqualTo(LocalDate.of(2021, 7, 4));
        assertThat(vm.toProperty().get()).isEqualTo(LocalDate.of(2021, 10, 3));
        assertThat(vm.rows()).hasSize(12);
        Row amelie = vm.rows().get(0);
        assertThat(amelie.entry().work()).isEqualTo("Amélie Again");
        assertThat(amelie.titles()).singleElement().satisfies(t -> assertThat(t.countries()).isEqualTo("France, United States"));
        assertThat(vm.rows().get(2).titles()).as("Unknown Film is not in the catalogue").isEmpty();
        assertThat(vm.summaryProperty().get().films().french()).isEqualTo(2);
        assertThat(vm.charts()).extracting(ChartSpec::id).containsExactly("top10-french-share", "top10-longest");
    }

    @Test
    void thePeriodAndTheListsNarrowTheLinesAndAPeriodBackwardsIsRefused() throws Exception {
        vm.importFile(Top10Fixture.write(dir, "c.tsv", Top10Fixture.countries()), "FR");
        vm.fromProperty().set(LocalDate.of(2021, 7, 11));
        assertThat(vm.rows()).hasSize(7);
        vm.categoryProperty().set(Category.SERIES);
        assertThat(vm.rows()).extracting(r -> r.entry().work()).containsExactly("Lupin", "Lupin", "Deutschland Docs", "Lupin");
        assertThat(vm.summaryProperty().get().works()).isEqualTo(2);
        vm.toProperty().set(LocalDate.of(2021, 7, 4));
        assertThat(vm.problemProperty().get()).isEqualTo(new UiMessage("top10.check.period"));
        assertThat(vm.rows()).as("the last lines stay").hasSize(4);
    }

    @Test
    void aBrokenFileSaysWhyAndWritesNothing() throws Exception {
        vm.importFile(Top10Fixture.write(dir, "b.tsv", "week\tnothing\n"), null);
        assertThat(vm.problemProperty().get().key()).isEqualTo("top10.import.failed");
        assertThat(String.valueOf(vm.problemProperty().get().args()[0])).contains("b.tsv:1: not a Netflix Top 10 file");
        assertThat(store.top10().files()).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    /** The screen says why in its language, which may change after the failure: in English exactly as the import says it. */
    @Test
    void aRefusedFileSaysWhyInTheScreensLanguage() throws Exception {
        Path file = Top10Fixture.write(dir, "b.tsv", Top10Fixture.COUNTRIES_HEADER + "\nFrance\tFR\t2024-01-07\tFilms\t11\tA\tN/A\t1\n");
        vm.importFile(file, null);
        UiMessage why = vm.problemProperty().get();
        assertThat(fr.vodcompare.ui.Messages.of(Locale.FRENCH).text(why)).isEqualTo("Le fichier n’a pas été importé (rien n’a été "
                + "écrit) : " + file + ":2: weekly_rank « 11 » n’est pas un rang de Top 10 ; attendu : de 1 à 10");
        assertThat(fr.vodcompare.ui.Messages.of(Locale.ENGLISH).text(why)).isEqualTo("The file was not imported (nothing was "
                + "written): " + file + ":2: weekly_rank '11' is not a rank of a Top 10; expected 1 to 10");
    }

    @Test
    void theChartsFollowTheLanguage() throws Exception {
        vm.importFile(Top10Fixture.write(dir, "c.tsv", Top10Fixture.countries()), "FR");
        vm.setLocale(() -> Locale.FRENCH);
        assertThat(vm.charts().get(0).title()).isEqualTo("Ce que la France regarde sur Netflix est-il français ?");
    }
}
