package fr.vodcompare.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.analysis.Overlap.SharedTitle;
import fr.vodcompare.ingest.WorkMatching;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.WorkRepository.OtherCopy;
import fr.vodcompare.testing.TestStores;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.catalogue.WorkCopiesViewModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compare's overlap and the detail pane's Confirm / Split, on a copy of the bundled store. */
class OverlapViewModelTest {
    @TempDir
    Path dir;

    @Test
    void listsThePairSharedThenAmbiguousAndSearchesEitherTitle() throws Exception {
        try (Store store = TestStores.bundledCopy(dir)) {
            OverlapViewModel vm = new OverlapViewModel(store, BackgroundTasks.sameThread());
            vm.load(List.of("prime_video", "netflix"));
            assertThat(vm.pairs()).singleElement().satisfies(p -> assertThat(p.a() + " " + p.b()).isEqualTo("netflix prime_video"));
            // 297 shared works and 2 ambiguous candidate pairs (OverlapTest), the ambiguous ones last
            assertThat(vm.shown()).hasSize(299);
            assertThat(vm.shown().get(298).rule()).isEqualTo("ambiguous");
            vm.searchProperty().set("ROXBURY");
            assertThat(vm.shown()).extracting(SharedTitle::title).containsExactly("A Night at the Roxbury");
            vm.searchProperty().set("no such title anywhere");
            assertThat(vm.shown()).isEmpty();
            vm.load(List.of("netflix"));
            assertThat(vm.pairs()).isEmpty();
            assertThat(vm.pairProperty().get()).isNull();
        }
    }

    @Test
    void splitThenConfirmFromTheDetailChangesTheOverlap() throws Exception {
        try (Store store = TestStores.bundledCopy(dir)) {
            OverlapViewModel overlap = new OverlapViewModel(store, BackgroundTasks.sameThread());
            overlap.load(List.of("netflix", "prime_video"));
            SharedTitle roxbury = overlap.shown().stream()
                    .filter(t -> t.title().equals("A Night at the Roxbury")).findFirst().orElseThrow();
            WorkCopiesViewModel works = new WorkCopiesViewModel(store.works(), p -> WorkMatching.rematch(store, p),
                    BackgroundTasks.sameThread());
            works.choicesProperty().addListener(o -> overlap.load(List.of("netflix", "prime_video")));
            works.show(roxbury.idA(), "netflix");
            OtherCopy other = works.others().get(0);
            assertThat(other.id() + " " + other.rule()).isEqualTo(roxbury.idB() + " title_year");

            works.choose(other, false);
            assertThat(works.others()).singleElement().satisfies(o -> assertThat(o.rule()).isEqualTo("split"));
            assertThat(overlap.pairProperty().get().shared()).isEqualTo(296);

            works.choose(works.others().get(0), true);
            assertThat(works.others()).singleElement().satisfies(o -> assertThat(o.rule()).isEqualTo("confirmed"));
            assertThat(overlap.pairProperty().get().shared()).isEqualTo(297);
            assertThat(works.messageProperty().get().key()).isEqualTo("work.done.confirmed");
        }
    }
}
