package fr.vodcompare.ui.export;

import fr.vodcompare.chart.ChartRequest;
import fr.vodcompare.chart.ChartService;
import fr.vodcompare.chart.ChartSpec;
import fr.vodcompare.chart.ExportSize;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.UiMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Export all charts: every chart of the dashboard, for the platforms chosen on the screen, written as
 * {@code ID.png} into a folder, one after the other in the background, with progress and Cancel. A file is
 * written whole or not at all: Cancel stops after the chart being written. FX thread only (no toolkit needed).
 */
public final class ExportAllViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ExportAllViewModel.class);

    /** Where the export is. */
    public enum State { EDITING, RUNNING, DONE, CANCELLED, FAILED }

    private final Locale locale;
    private final List<String> platformIds;
    private final List<String> chartIds;
    private final SizeOptions size;
    private final ChartPngs pngs;
    private final BackgroundTasks tasks;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.EDITING);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyObjectWrapper<UiMessage> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ReadOnlyObjectWrapper<UiMessage> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyObjectWrapper<UiMessage> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final List<Path> written = new ArrayList<>();
    private volatile boolean cancelled;

    /**
     * @param locale      the language of the charts' texts
     * @param platformIds the platforms chosen on the screen
     * @param size        the size choice, shared with the other exports of the screen
     */
    public ExportAllViewModel(Locale locale, List<String> platformIds, SizeOptions size, ChartPngs pngs, BackgroundTasks tasks) {
        this(locale, platformIds, ChartService.ids(), size, pngs, tasks);
    }

    /** With the charts to export (tests export a few). */
    ExportAllViewModel(Locale locale, List<String> platformIds, List<String> chartIds, SizeOptions size, ChartPngs pngs,
                       BackgroundTasks tasks) {
        this.locale = locale;
        this.platformIds = List.copyOf(platformIds);
        this.chartIds = List.copyOf(chartIds);
        this.size = size;
        this.pngs = pngs;
        this.tasks = tasks;
    }

    public SizeOptions size() {
        return size;
    }

    public List<String> platformIds() {
        return platformIds;
    }

    /** How many charts an export writes. */
    public int chartCount() {
        return chartIds.size();
    }

    /** True when the export can start: a valid size, at least one platform, nothing started yet. */
    public BooleanBinding canExportBinding() {
        return Bindings.createBooleanBinding(() -> size.sizeProperty().get() != null && !platformIds.isEmpty()
                && state.get() == State.EDITING, size.sizeProperty(), state);
    }

    /** Writes every chart into {@code dir} in the background; {@link #stateProperty()} and the progress follow. */
    public void export(Path dir) {
        ExportSize chosen = size.sizeProperty().get();
        if (chosen == null || state.get() != State.EDITING || platformIds.isEmpty()) {
            return;
        }
        cancelled = false;
        written.clear();
        progress.set(0);
        state.set(State.RUNNING);
        tasks.task(() -> run(dir, chosen))
                .onSuccess(n -> finish(n, dir))
                .onFailure(e -> {
                    LOG.warn("Exporting every chart to {} failed after {} files", dir, written.size(), e);
                    step.set(null);
                    problem.set(ExportProblems.of(e));
                    outcome.set(new UiMessage("export.all.failed", written.size(), chartIds.size(), dir));
                    state.set(State.FAILED);
                })
                .start();
    }

    /** The work, on a worker; returns how many files were written. */
    private int run(Path dir, ExportSize chosen) throws Exception {
        long start = System.nanoTime();
        int n = 0;
        for (String id : chartIds) {
            if (cancelled) {
                break;
            }
            ChartSpec spec = pngs.spec(new ChartRequest(id, locale, platformIds, null, null));
            int index = n;
            tasks.onUi(() -> step.set(new UiMessage("export.all.step", index + 1, chartIds.size(), spec.title())));
            Path file = dir.resolve(id + ".png");
            pngs.write(spec, chosen, file);
            n++;
            int done = n;
            tasks.onUi(() -> {
                written.add(file);
                progress.set((double) done / chartIds.size());
            });
        }
        LOG.info("{} charts exported to {} in {} ms{}", n, dir, (System.nanoTime() - start) / 1_000_000,
                cancelled ? " (cancelled)" : "");
        return n;
    }

    private void finish(int n, Path dir) {
        step.set(null);
        if (n < chartIds.size()) {
            outcome.set(new UiMessage("export.all.cancelled", n, chartIds.size(), dir));
            state.set(State.CANCELLED);
        } else {
            outcome.set(new UiMessage("export.all.done", n, dir));
            state.set(State.DONE);
        }
    }

    /** Stops after the chart being written (no file is left half-written). */
    public void cancel() {
        if (state.get() == State.RUNNING) {
            cancelled = true;
            step.set(new UiMessage("export.all.stopping"));
        }
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** 0 to 1: the share of the charts written. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "Chart 3 of 13: …" while it runs. */
    public ReadOnlyObjectProperty<UiMessage> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** What happened, once it is over: how many charts, where, or why it stopped. */
    public ReadOnlyObjectProperty<UiMessage> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Why the export stopped, in plain words, when it failed. */
    public ReadOnlyObjectProperty<UiMessage> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The files written so far, in chart order. */
    public List<Path> written() {
        return List.copyOf(written);
    }
}
