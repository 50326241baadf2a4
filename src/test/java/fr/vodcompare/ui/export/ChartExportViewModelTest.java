package fr.vodcompare.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.chart.ChartRequest;
import fr.vodcompare.chart.ExportSize;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.UiMessage;
import fr.vodcompare.ui.export.ChartExportViewModel.State;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChartExportViewModelTest {
    final FakePngs pngs = new FakePngs();
    final SizeOptions size = new SizeOptions();
    final ChartExportViewModel vm = new ChartExportViewModel(
            FakePngs.spec("audience-reach", Locale.FRANCE, "L’audience des plateformes", "Part des usagers de la VàD"),
            List.of("netflix", "prime_video"), size, pngs, BackgroundTasks.sameThread());

    @Test
    void fieldsStartWithTheChartsOwnTextsAndChangeNothing() {
        assertThat(vm.titleProperty().get()).isEqualTo("L’audience des plateformes");
        assertThat(vm.subtitleProperty().get()).isEqualTo("Part des usagers de la VàD");
        assertThat(vm.request()).isEqualTo(new ChartRequest("audience-reach", Locale.FRANCE, List.of("netflix", "prime_video"),
                null, null));
    }

    @Test
    void editedTextsOverrideAndEmptyOnesKeepTheChartsOwn() {
        vm.titleProperty().set("  Netflix devant Prime Video  ");
        vm.subtitleProperty().set("   ");
        assertThat(vm.request().title()).isEqualTo("Netflix devant Prime Video");
        assertThat(vm.request().subtitle()).isNull();
    }

    @Test
    void exportsWithTheOverridesThePlatformsAndTheSizeChosen() {
        vm.titleProperty().set("Netflix devant");
        size.presetProperty().set(new ExportSize(1080, 1080, 1));
        size.scaleProperty().set(2);
        Path file = Path.of("out", "audience.png");
        vm.export(file);
        assertThat(vm.stateProperty().get()).isEqualTo(State.DONE);
        assertThat(vm.savedProperty().get()).isEqualTo(file);
        assertThat(pngs.requests).extracting(ChartRequest::platformIds).containsExactly(List.of("netflix", "prime_video"));
        assertThat(pngs.written).hasSize(1);
        assertThat(pngs.written.get(0).spec().title()).isEqualTo("Netflix devant");
        assertThat(pngs.written.get(0).size()).isEqualTo(new ExportSize(1080, 1080, 2));
        assertThat(pngs.written.get(0).file()).isEqualTo(file);
    }

    @Test
    void anInvalidSizeExportsNothing() {
        size.customProperty().set(true);
        size.widthProperty().set("12");
        assertThat(vm.canExportBinding().get()).isFalse();
        vm.export(Path.of("x.png"));
        assertThat(vm.stateProperty().get()).isEqualTo(State.EDITING);
        assertThat(pngs.written).isEmpty();
    }

    @Test
    void withoutAPlatformThereIsNothingToExport() {
        ChartExportViewModel none = new ChartExportViewModel(FakePngs.spec("kind-mix", Locale.UK, "Kinds", "Films and series"),
                List.of(), size, pngs, BackgroundTasks.sameThread());
        assertThat(none.canExportBinding().get()).isFalse();
        none.export(Path.of("x.png"));
        assertThat(pngs.written).isEmpty();
    }

    @Test
    void aFailureSaysWhyInPlainWords() {
        pngs.beforeWrite = n -> {
            throw new AccessDeniedException("/readonly/audience.png");
        };
        vm.export(Path.of("/readonly/audience.png"));
        assertThat(vm.stateProperty().get()).isEqualTo(State.FAILED);
        assertThat(vm.problemProperty().get()).isEqualTo(new UiMessage("export.problem.denied", "/readonly/audience.png"));
    }
}
