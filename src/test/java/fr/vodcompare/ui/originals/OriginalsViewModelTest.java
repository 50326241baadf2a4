package fr.vodcompare.ui.originals;

import fr.vodcompare.testing.BundledStore;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.model.Kind;
import fr.vodcompare.model.Original;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.DataEvents;
import fr.vodcompare.ui.RecordingLinks;
import fr.vodcompare.ui.originals.OriginalsViewModel.Lane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OriginalsViewModelTest {
    @RegisterExtension
    static final BundledStore BUNDLED = new BundledStore();
    final RecordingLinks links = new RecordingLinks();
    OriginalsViewModel vm;

    @BeforeEach
    void load() {
        vm = new OriginalsViewModel(BUNDLED.store().originals(), BUNDLED.store().platforms(), BackgroundTasks.sameThread(), links, new DataEvents());
        vm.load();
    }

    @Test
    void laysTheOriginalsOutByPlatformAndYear() {
        assertThat(vm.shown()).hasSize(27);
        assertThat(vm.lanes()).extracting(Lane::platformName).containsExactly("Netflix", "Prime Video");
        Lane netflix = vm.lanes().get(0);
        assertThat(netflix.byYear().get(2021)).extracting(Original::title).containsExactly("Lupin");
        assertThat(vm.years()).as("every year from the first to the last, gaps included")
                .containsExactly(2016, 2017, 2018, 2019, 2020, 2021, 2022);
    }

    @Test
    void filtersByStatusKindAndPlatform() {
        vm.statusProperty().set(OriginalsViewModel.ANNOUNCED);
        assertThat(vm.shown()).isNotEmpty().allSatisfy(o -> assertThat(o.status()).isEqualTo("announced"));
        vm.kindProperty().set(Kind.FILM);
        assertThat(vm.shown()).isNotEmpty().allSatisfy(o -> assertThat(o.kind()).isEqualTo(Kind.FILM));
        vm.platformProperty().set("prime_video");
        assertThat(vm.shown()).isEmpty();
        assertThat(vm.lanes()).isEmpty();
    }

    @Test
    void everyOriginalOpensItsSource() {
        assertThat(vm.shown()).allSatisfy(o -> assertThat(o.source().url()).startsWith("http"));
        assertThat(vm.openSource(vm.shown().get(0))).isTrue();
        assertThat(links.opened).hasSize(1);
    }
}
