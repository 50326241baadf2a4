package fr.vodcompare.ui.export;

import fr.vodcompare.chart.ChartExporter;
import fr.vodcompare.chart.ChartRequest;
import fr.vodcompare.chart.ChartService;
import fr.vodcompare.chart.ChartSpec;
import fr.vodcompare.chart.ExportSize;
import java.nio.file.Path;

/**
 * What the export dialogs need of the chart package: a chart computed from the store, and a chart written as a
 * PNG. Both block: call them on a worker thread. The app passes {@link #of}; view model tests pass a fake.
 */
public interface ChartPngs {
    /** Computes a chart from the store (JDBC). Background thread. */
    ChartSpec spec(ChartRequest request) throws Exception;

    /**
     * Writes {@code spec} as a PNG of exactly the size's pixels, whole or not at all. Background thread; it waits
     * for the FX thread to lay the chart out and take the picture.
     */
    void write(ChartSpec spec, ExportSize size, Path file) throws Exception;

    /** The chart package's service and exporter. */
    static ChartPngs of(ChartService charts) {
        ChartExporter exporter = new ChartExporter(charts);
        return new ChartPngs() {
            @Override
            public ChartSpec spec(ChartRequest request) throws Exception {
                return charts.spec(request);
            }

            @Override
            public void write(ChartSpec spec, ExportSize size, Path file) throws Exception {
                exporter.writePng(spec, size, file);
            }
        };
    }
}
