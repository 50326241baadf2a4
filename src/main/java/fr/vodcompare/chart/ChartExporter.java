package fr.vodcompare.chart;

import fr.vodcompare.store.StoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.image.WritableImage;

/**
 * Exports charts to files from a background thread, hopping to the FX thread only for the layout and
 * the snapshot: the spec is read from the store on the calling thread, the PNG encoded and written
 * there too. Blocking; never call it on the FX thread. The toolkit must be running
 * ({@link FxRuntime#ensureStarted()} for headless use).
 */
public final class ChartExporter {
    private final ChartService charts;

    public ChartExporter(ChartService charts) {
        this.charts = charts;
    }

    /** Writes one chart as a PNG of exactly the size's pixels. */
    public void exportPng(ChartRequest request, ExportSize size, Path target) throws StoreException, IOException {
        writePng(charts.spec(request), size, target);
    }

    /** Writes a spec already computed as a PNG. */
    public void writePng(ChartSpec spec, ExportSize size, Path target) throws IOException {
        ChartImage image;
        try {
            image = FxRuntime.call(() -> {
                WritableImage snapshot = ChartSnapshot.take(spec, size);
                return ChartSnapshot.pixels(snapshot);
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering " + spec.id(), e);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("rendering " + spec.id() + " failed: " + e.getMessage(), e);
        }
        PngWriter.write(image, target);
    }

    /** Writes the numbers behind one chart as CSV. */
    public void exportCsv(ChartRequest request, Path target) throws StoreException, IOException {
        ChartCsv.write(charts.spec(request), target);
    }

    /**
     * Writes every chart into {@code dir} as {@code ID.png} (and {@code ID.csv} when asked), every platform shown.
     *
     * @return the files written, in chart order
     */
    public List<Path> exportAll(Locale locale, Path dir, ExportSize size, boolean csv) throws StoreException, IOException {
        List<Path> written = new ArrayList<>();
        for (String id : ChartService.ids()) {
            ChartSpec spec = charts.spec(ChartRequest.of(id, locale));
            Path png = dir.resolve(id + ".png");
            writePng(spec, size, png);
            written.add(png);
            if (csv) {
                Path data = dir.resolve(id + ".csv");
                ChartCsv.write(spec, data);
                written.add(data);
            }
        }
        return written;
    }
}
