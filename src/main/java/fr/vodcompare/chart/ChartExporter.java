package fr.vodcompare.chart;

import fr.vodcompare.model.DataException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javafx.scene.image.WritableImage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports charts to files from a background thread, hopping to the FX thread only for the layout and
 * the snapshot: the spec is read from the store on the calling thread, the PNG encoded and written
 * there too. Blocking; never call it on the FX thread. The toolkit must be running
 * ({@link FxRuntime#ensureStarted()} for headless use).
 */
public final class ChartExporter {
    private static final Logger LOG = LoggerFactory.getLogger(ChartExporter.class);
    private final ChartService charts;

    public ChartExporter(ChartService charts) {
        this.charts = charts;
    }

    /** Writes one chart as a PNG of exactly the size's pixels. */
    public void exportPng(ChartRequest request, ExportSize size, Path target) throws DataException, IOException {
        writePng(charts.spec(request), size, target);
    }

    /** Writes a spec already computed as a PNG. */
    public void writePng(ChartSpec spec, ExportSize size, Path target) throws IOException {
        long start = System.nanoTime();
        ChartImage image = render(spec, size);
        long rendered = System.nanoTime();
        PngWriter.write(image, target);
        LOG.debug("{}: rendered in {} ms, encoded and written in {} ms", spec.id(), (rendered - start) / 1_000_000,
                (System.nanoTime() - rendered) / 1_000_000);
    }

    /** Lays out and snapshots the chart on the FX thread, waiting for the pixels. */
    private static ChartImage render(ChartSpec spec, ExportSize size) throws IOException {
        try {
            return FxRuntime.call(() -> {
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
    }

    /** Writes the numbers behind one chart as CSV. */
    public void exportCsv(ChartRequest request, Path target) throws DataException, IOException {
        ChartCsv.write(charts.spec(request), target);
    }

    /**
     * Writes every chart the store can draw (see {@link ChartService#available}) into {@code dir} as {@code ID.png} (and
     * {@code ID.csv} when asked), every platform shown.
     *
     * @return the files written, in chart order
     */
    public List<Path> exportAll(Locale locale, Path dir, ExportSize size, boolean csv) throws DataException, IOException {
        return exportAll(locale, dir, size, csv, null);
    }

    /** As {@link #exportAll(Locale, Path, ExportSize, boolean)}, over the catalogues of {@code territory} (null: each platform's newest). */
    public List<Path> exportAll(Locale locale, Path dir, ExportSize size, boolean csv, String territory)
            throws DataException, IOException {
        return exportAll(locale, dir, size, csv, territory, null);
    }

    /** As {@link #exportAll(Locale, Path, ExportSize, boolean, String)}, for {@code platformIds} only (null: every platform). */
    public List<Path> exportAll(Locale locale, Path dir, ExportSize size, boolean csv, String territory, List<String> platformIds)
            throws DataException, IOException {
        List<Path> written = new ArrayList<>();
        // one image is encoded on the writer thread while the next is computed and rendered; never more than one waits
        ExecutorService encoder = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "vodcompare-png-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<?> previous = null;
            for (ChartInfo chart : charts.available(locale)) {
                String id = chart.id();
                long start = System.nanoTime();
                ChartSpec spec = charts.spec(new ChartRequest(id, locale, platformIds, null, null, territory));
                long computed = System.nanoTime();
                ChartImage image = render(spec, size);
                LOG.debug("{}: computed in {} ms, rendered in {} ms", id, (computed - start) / 1_000_000,
                        (System.nanoTime() - computed) / 1_000_000);
                Path png = dir.resolve(id + ".png");
                await(previous);
                previous = encoder.submit(() -> {
                    PngWriter.write(image, png);
                    return null;
                });
                written.add(png);
                if (csv) {
                    Path data = dir.resolve(id + ".csv");
                    ChartCsv.write(spec, data);
                    written.add(data);
                }
            }
            await(previous);
        } finally {
            encoder.shutdownNow();
        }
        return written;
    }

    private static void await(Future<?> write) throws IOException {
        if (write == null) {
            return;
        }
        try {
            write.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing a PNG", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("writing a PNG failed: " + e.getCause(), e.getCause());
        }
    }
}
