package fr.vodcompare.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.chart.ChartRequest;
import fr.vodcompare.chart.ChartService;
import fr.vodcompare.chart.ExportSize;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.UiMessage;
import fr.vodcompare.ui.export.ExportAllViewModel.State;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExportAllViewModelTest {
    final FakePngs pngs = new FakePngs();
    final SizeOptions size = new SizeOptions();
    final Path dir = Path.of("charts");

    ExportAllViewModel vm(List<String> platforms) {
        return new ExportAllViewModel(Locale.FRANCE, platforms, size, pngs, BackgroundTasks.sameThread());
    }

    @Test
    void writesEveryChartForThePlatformsChosenAsIdPng() {
        size.presetProperty().set(new ExportSize(1920, 1080, 1));
        ExportAllViewModel vm = vm(List.of("netflix", "disney_plus"));
        vm.export(dir);
        assertThat(vm.stateProperty().get()).isEqualTo(State.DONE);
        assertThat(pngs.requests).extracting(ChartRequest::id).containsExactlyElementsOf(ChartService.ids());
        assertThat(pngs.requests).allSatisfy(r -> {
            assertThat(r.platformIds()).containsExactly("netflix", "disney_plus");
            assertThat(r.locale()).isEqualTo(Locale.FRANCE);
        });
        assertThat(pngs.written).extracting(w -> w.file().getFileName().toString())
                .containsExactlyElementsOf(ChartService.ids().stream().map(id -> id + ".png").toList());
        assertThat(pngs.written).allSatisfy(w -> assertThat(w.size()).isEqualTo(new ExportSize(1920, 1080, 1)));
        assertThat(vm.written()).hasSize(ChartService.ids().size());
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.outcomeProperty().get()).isEqualTo(new UiMessage("export.all.done", ChartService.ids().size(), dir));
    }

    @Test
    void cancelStopsAfterTheChartBeingWritten() {
        ExportAllViewModel vm = vm(List.of("netflix"));
        pngs.beforeWrite = n -> {
            if (n == 2) {
                vm.cancel();
            }
        };
        vm.export(dir);
        assertThat(vm.stateProperty().get()).isEqualTo(State.CANCELLED);
        assertThat(pngs.written).hasSize(3);
        assertThat(vm.written()).hasSize(3);
        assertThat(vm.outcomeProperty().get())
                .isEqualTo(new UiMessage("export.all.cancelled", 3, ChartService.ids().size(), dir));
    }

    @Test
    void aFailureSaysHowManyWereSavedAndWhy() {
        ExportAllViewModel vm = vm(List.of("netflix"));
        pngs.beforeWrite = n -> {
            if (n == 1) {
                throw new IOException("No space left on device");
            }
        };
        vm.export(dir);
        assertThat(vm.stateProperty().get()).isEqualTo(State.FAILED);
        assertThat(vm.outcomeProperty().get()).isEqualTo(new UiMessage("export.all.failed", 1, ChartService.ids().size(), dir));
        assertThat(vm.problemProperty().get()).isEqualTo(new UiMessage("export.problem.space"));
    }

    @Test
    void nothingToExportWithoutAPlatformOrAValidSize() {
        assertThat(vm(List.of()).canExportBinding().get()).isFalse();
        ExportAllViewModel vm = vm(List.of("netflix"));
        assertThat(vm.canExportBinding().get()).isTrue();
        size.customProperty().set(true);
        size.heightProperty().set("x");
        assertThat(vm.canExportBinding().get()).isFalse();
        vm.export(dir);
        assertThat(pngs.written).isEmpty();
    }
}
