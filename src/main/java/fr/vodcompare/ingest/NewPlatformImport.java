package fr.vodcompare.ingest;

import fr.vodcompare.model.Snapshot;
import fr.vodcompare.store.ImportCopies;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.StoreException;
import fr.vodcompare.store.StoreTransaction;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;

/**
 * The import of a platform's first catalogue, streamed: the file is read row by row on one thread while the store
 * writes on its writer thread ({@link StreamedCatalogue}, {@link StoreTransaction#importNewPlatform}), and its kept
 * copy is compressed beside them; all in one transaction that a bad row or a cancel rolls back whole.
 */
final class NewPlatformImport {
    private final Store store;
    private final CatalogueImport req;
    private final ImportProgress progress;
    private final KeptImports.Copy replay;
    private final boolean decideEncoding;

    /** @param decideEncoding the file's encoding decided by a pass over it first; else read as UTF-8 at once */
    NewPlatformImport(Store store, CatalogueImport req, ImportProgress progress, KeptImports.Copy replay, boolean decideEncoding) {
        this.store = store;
        this.req = req;
        this.progress = progress;
        this.replay = replay;
        this.decideEncoding = decideEncoding;
    }

    ImportReport run() throws ImportException, StoreException, ImportCancelledException, StreamedCatalogue.ReadAgainMonthFirst {
        String territory = CatalogueImporter.territory(req.territory());
        // a platform without a catalogue has no territory to assume: none named is simply not stated
        String t = territory == null ? Snapshot.UNSTATED : territory;
        long size;
        try {
            size = Files.size(req.file());
        } catch (IOException e) {
            throw CsvTable.unreadable(req.file().toString(), e);
        }
        progress.step("writing");
        if (progress.cancelled()) {
            throw new ImportCancelledException();
        }
        Future<KeptImports.Copy> copy = replay != null ? CompletableFuture.completedFuture(replay) : keep();
        StreamedCatalogue rows = new StreamedCatalogue(req, t, progress, size, decideEncoding);
        StoreTransaction.StreamedImport done;
        try {
            rows.start();
            done = Writes.keeping(store, copy, tx -> {
                tx.ensurePlatform(req.platformId(), req.platformName());
                return tx.importNewPlatform(rows);
            }, n -> true, (c, n) -> {
                Snapshot spec = spec(rows, t);
                c.describeAs(ImportCopies.catalogueSubject(req.platformId(), spec.asOf(), t), CatalogueImporter.options(req, spec));
            }, true);
        } catch (StoreException e) {
            if (e.getCause() instanceof StreamedCatalogue.ReadAgainMonthFirst again) {
                throw again;
            }
            throw e;
        } finally {
            rows.close();
        }
        progress.step("matching");
        WorkMatching.rematch(store, req.platformId());
        var n = done.counts();
        var snapshot = new ImportReport.SnapshotReport(t, false, n.titles(), 0, -1, 0);
        return new ImportReport(req.file().toString(), rows.rowsRead(), rows.rowsRead(), n.added(), 0, 0,
                rows.warnings(done.repeated()), rows.asOf(), req.platformId(), false, snapshot);
    }

    private Snapshot spec(StreamedCatalogue rows, String territory) {
        return new Snapshot(0, req.platformId(), rows.asOf(), territory, req.platformName(), req.file().getFileName().toString(),
                rows.rowsRead(), false);
    }

    /** The copy kept for rebuilds, compressed on another thread while the file is imported (described once it is read). */
    private Future<KeptImports.Copy> keep() throws StoreException {
        KeptImports kept = KeptImports.of(store);
        return CompletableFuture.supplyAsync(() -> {
            try {
                return kept.keep(KeptImports.Kind.CATALOGUE, req.file(), "pending", java.util.Map.of());
            } catch (ImportException e) {
                throw new CompletionException(e);
            }
        });
    }
}
