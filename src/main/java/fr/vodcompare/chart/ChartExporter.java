package fr.vodcompare.chart;

import fr.vodcompare.model.DataException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
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
    /** How many charts may wait to be rendered or written while the next one is computed. */
    private static final int IN_FLIGHT = 2;
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

    /**
     * As {@link #exportAll(Locale, Path, ExportSize, boolean, String)}, for {@code platformIds} only (null: every platform).
     * A pipeline of three threads: this one reads each chart's figures from the store while the FX thread renders the
     * chart before it and a writer thread encodes the one before that; at most {@value #IN_FLIGHT} charts wait.
     */
    public List<Path> exportAll(Locale locale, Path dir, ExportSize size, boolean csv, String territory, List<String> platformIds)
            throws DataException, IOException {
        List<Path> written = new ArrayList<>();
        ExecutorService encoder = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "vodcompare-png-writer");
            t.setDaemon(true);
            return t;
        });
        Deque<CompletableFuture<Void>> pending = new ArrayDeque<>();
        try {
            ChartService.Batch batch = charts.batch(); // what several charts read, read once for all of them
            for (ChartInfo chart : charts.available(locale)) {
                String id = chart.id();
                long start = System.nanoTime();
                ChartSpec spec = batch.spec(new ChartRequest(id, locale, platformIds, null, null, territory));
                LOG.debug("{}: computed in {} ms", id, (System.nanoTime() - start) / 1_000_000);
                Path png = dir.resolve(id + ".png");
                pending.add(FxRuntime.submit(() -> snapshot(spec, size)).thenAcceptAsync(image -> {
                    try {
                        PngWriter.write(image, png);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, encoder));
                written.add(png);
                if (csv) {
                    Path data = dir.resolve(id + ".csv");
                    ChartCsv.write(spec, data);
                    written.add(data);
                }
                while (pending.size() > IN_FLIGHT) {
                    await(pending.removeFirst());
                }
            }
            while (!pending.isEmpty()) {
                await(pending.removeFirst());
            }
        } finally {
            pending.forEach(f -> f.cancel(false));
            encoder.shutdownNow();
        }
        return written;
    }

    /** FX thread: the chart's pixels. */
    private static ChartImage snapshot(ChartSpec spec, ExportSize size) {
        long start = System.nanoTime();
        ChartImage image = ChartSnapshot.pixels(ChartSnapshot.take(spec, size));
        LOG.debug("{}: rendered in {} ms", spec.id(), (System.nanoTime() - start) / 1_000_000);
        return image;
    }

    private static void await(Future<?> write) throws IOException {
        try {
            write.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing a PNG", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException("rendering or writing a PNG failed: " + cause, cause);
        }
    }
}
