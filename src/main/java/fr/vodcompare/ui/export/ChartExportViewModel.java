package fr.vodcompare.ui.export;

import fr.vodcompare.chart.ChartRequest;
import fr.vodcompare.chart.ChartSpec;
import fr.vodcompare.chart.ExportSize;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.UiMessage;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Export PNG dialog of one chart: its title and subtitle as the user edits them (empty keeps the chart's
 * own), the platforms chosen on the screen, the size; then the export itself: the chart computed again with
 * these overrides and written as a PNG, in the background. FX thread only (no toolkit needed).
 */
public final class ChartExportViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ChartExportViewModel.class);

    /** Where the export is. */
    public enum State { EDITING, RUNNING, DONE, FAILED }

    private final ChartSpec shown;
    private final List<String> platformIds;
    private final SizeOptions size;
    private final ChartPngs pngs;
    private final BackgroundTasks tasks;
    private final String territory;
    private final StringProperty title;
    private final StringProperty subtitle;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.EDITING);
    private final ReadOnlyObjectWrapper<Path> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final ReadOnlyObjectWrapper<UiMessage> problem = new ReadOnlyObjectWrapper<>(this, "problem");

    /**
     * @param shown       the chart as the screen shows it (its id, language, title and subtitle)
     * @param platformIds the platforms chosen on the screen
     * @param size        the size choice, shared with the other exports of the screen
     */
    public ChartExportViewModel(ChartSpec shown, List<String> platformIds, SizeOptions size, ChartPngs pngs,
                                BackgroundTasks tasks) {
        this(shown, platformIds, null, size, pngs, tasks);
    }

    /**
     * The dialog of a chart drawn for one territory's catalogues.
     *
     * @param territory the catalogues' territory the chart was drawn for (see {@link ChartRequest#territory()}), or null
     */
    public ChartExportViewModel(ChartSpec shown, List<String> platformIds, String territory, SizeOptions size, ChartPngs pngs,
                                BackgroundTasks tasks) {
        this.territory = territory;
        this.shown = shown;
        this.platformIds = List.copyOf(platformIds);
        this.size = size;
        this.pngs = pngs;
        this.tasks = tasks;
        this.title = new SimpleStringProperty(this, "title", shown.title());
        this.subtitle = new SimpleStringProperty(this, "subtitle", shown.subtitle());
    }

    /** The chart as shown: its own title and subtitle are the fields' prompts. */
    public ChartSpec shown() {
        return shown;
    }

    public List<String> platformIds() {
        return platformIds;
    }

    public SizeOptions size() {
        return size;
    }

    /** The headline as edited; empty (or unchanged) keeps the chart's own. */
    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty subtitleProperty() {
        return subtitle;
    }

    /** True when the export can start: a valid size, at least one platform, nothing running. */
    public BooleanBinding canExportBinding() {
        return Bindings.createBooleanBinding(() -> size.sizeProperty().get() != null && !platformIds.isEmpty()
                && state.get() != State.RUNNING, size.sizeProperty(), state);
    }

    /** What the chart package is asked for: the screen's platforms, the user's title and subtitle (null: the chart's own). */
    public ChartRequest request() {
        return new ChartRequest(shown.id(), shown.locale(), platformIds, override(title.get(), shown.title()),
                override(subtitle.get(), shown.subtitle()), territory);
    }

    private static String override(String typed, String own) {
        if (typed == null || typed.isBlank() || typed.strip().equals(own)) {
            return null;
        }
        return typed.strip();
    }

    /**
     * Computes the chart with the overrides and writes it to {@code file} in the background (the picture itself is
     * taken on the FX thread); {@link #stateProperty()} follows. Does nothing while it cannot (see {@link #canExportBinding()}).
     */
    public void export(Path file) {
        ExportSize chosen = size.sizeProperty().get();
        if (chosen == null || platformIds.isEmpty() || state.get() == State.RUNNING) {
            return;
        }
        ChartRequest request = request();
        problem.set(null);
        saved.set(null);
        state.set(State.RUNNING);
        tasks.task(() -> {
            long start = System.nanoTime();
            pngs.write(pngs.spec(request), chosen, file);
            LOG.info("Chart {} exported as {} ({}×{} px) in {} ms", request.id(), file, chosen.pixelWidth(),
                    chosen.pixelHeight(), (System.nanoTime() - start) / 1_000_000);
            return file;
        }).onSuccess(f -> {
            saved.set(f);
            state.set(State.DONE);
        }).onFailure(e -> {
            LOG.warn("Exporting the chart {} to {} failed", request.id(), file, e);
            problem.set(ExportProblems.of(e));
            state.set(State.FAILED);
        }).start();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The file written, once done. */
    public ReadOnlyObjectProperty<Path> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** Why the export failed, in plain words. */
    public ReadOnlyObjectProperty<UiMessage> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
