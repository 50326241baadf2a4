package fr.vodcompare.ingest;

import fr.vodcompare.files.LowPriority;
import fr.vodcompare.model.Snapshot;
import fr.vodcompare.store.ImportCopies;
import fr.vodcompare.store.SnapshotExistsException;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.StoreException;
import fr.vodcompare.store.StoreTransaction;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;

/**
 * The import of a catalogue file, streamed: the file is read row by row on one thread while the store writes on its
 * writer thread ({@link StreamedCatalogue}), and its kept copy is compressed beside them; all in one transaction that a
 * bad row or a cancel rolls back whole. A platform's first catalogue is written set-based
 * ({@link StoreTransaction#importNewPlatform}); a later one is staged and matched to the platform's titles
 * ({@link StoreTransaction#importSnapshot(fr.vodcompare.store.TitleStream, boolean)}). Either way the file is never held
 * whole.
 */
final class StreamedImport {
    private final Store store;
    private final CatalogueImport req;
    private final ImportProgress progress;
    private final KeptImports.Copy replay;
    private final boolean decideEncoding;

    /** @param decideEncoding the file's encoding decided by a pass over it first; else read as UTF-8 at once */
    StreamedImport(Store store, CatalogueImport req, ImportProgress progress, KeptImports.Copy replay, boolean decideEncoding) {
        this.store = store;
        this.req = req;
        this.progress = progress;
        this.replay = replay;
        this.decideEncoding = decideEncoding;
    }

    ImportReport run() throws ImportException, StoreException, ImportCancelledException, StreamedCatalogue.ReadAgainMonthFirst {
        String named = CatalogueImporter.territory(req.territory());
        // none named: the platform's newest snapshot's, said to be assumed (a platform without one: simply not stated)
        Optional<String> newest = store.catalogue().newestTerritory(req.platformId());
        boolean first = newest.isEmpty();
        String t = named != null ? named : newest.orElse(Snapshot.UNSTATED);
        if (req.asOf() != null) { // the snapshot's date is known before its rows: a stored one is refused without reading them
            Optional<Snapshot> stored = store.catalogue().find(req.platformId(), req.asOf(), t);
            if (stored.isPresent() && (stored.get().bundled() || !req.replace())) {
                throw CatalogueImporter.conflict(req.file().toString(), stored.get());
            }
        }
        StreamedCatalogue rows = StreamedCatalogue.of(req, t, progress, decideEncoding); // an unreadable file: refused here
        progress.step("writing");
        if (progress.cancelled()) {
            throw new ImportCancelledException();
        }
        Future<KeptImports.Copy> copy = replay != null ? CompletableFuture.completedFuture(replay) : keep();
        StoreTransaction.StreamedImport done;
        try {
            rows.start();
            done = Writes.keeping(store, copy, tx -> {
                tx.ensurePlatform(req.platformId(), req.platformName());
                if (first) {
                    return tx.importNewPlatform(rows);
                }
                StoreTransaction.StreamedImport n = tx.importSnapshot(rows, req.replace());
                if (progress.cancelled()) {
                    throw new ImportCancelledException();
                }
                tx.forgetImportCopies(subject(spec(rows, t))); // a replaced snapshot's copy goes with it
                return n;
            }, n -> true, (c, n) -> {
                Snapshot spec = spec(rows, t);
                c.describeAs(subject(spec), CatalogueImporter.options(req, spec));
            }, first);
        } catch (SnapshotExistsException e) {
            throw CatalogueImporter.conflict(req.file().toString(), e.existing());
        } catch (StoreException e) {
            if (e.getCause() instanceof StreamedCatalogue.ReadAgainMonthFirst again) {
                throw again;
            }
            if (e.getCause() instanceof SnapshotExistsException exists) {
                throw CatalogueImporter.conflict(req.file().toString(), exists.existing());
            }
            throw e;
        } finally {
            rows.close();
        }
        progress.step("matching");
        WorkMatching.rematch(store, req.platformId(), done.candidates());
        var n = done.counts();
        int replacedTitles = n.replaced() != null ? n.replaced().titlesBefore() : -1;
        int gone = n.replaced() != null ? n.replaced().noLongerListed() : 0;
        var snapshot = new ImportReport.SnapshotReport(t, named == null && !first, n.titles(), n.ambiguous(), replacedTitles, gone);
        return new ImportReport(req.file().toString(), rows.rowsRead(), rows.rowsRead(), n.added(), n.updated(), n.unchanged(),
                rows.warnings(done.repeated()), rows.asOf(), req.platformId(), false, snapshot);
    }

    private String subject(Snapshot spec) {
        return ImportCopies.catalogueSubject(req.platformId(), spec.asOf(), spec.territory());
    }

    private Snapshot spec(StreamedCatalogue rows, String territory) {
        return new Snapshot(0, req.platformId(), rows.asOf(), territory, req.platformName(), req.file().getFileName().toString(),
                rows.rowsRead(), false);
    }

    /**
     * The copy kept for rebuilds, compressed while the file is imported (described once it is read), on a thread of its
     * own at a lower priority: the import's reader and writer get the processor first.
     */
    private Future<KeptImports.Copy> keep() throws StoreException {
        KeptImports kept = KeptImports.of(store);
        return CompletableFuture.supplyAsync(() -> {
            try {
                return kept.keep(KeptImports.Kind.CATALOGUE, req.file(), "pending", java.util.Map.of());
            } catch (ImportException e) {
                throw new CompletionException(e);
            }
        }, task -> {
            Thread t = new Thread(() -> {
                LowPriority.thisThread();
                task.run();
            }, "vodcompare-keep-copy");
            t.setDaemon(true);
            t.start();
        });
    }
}
