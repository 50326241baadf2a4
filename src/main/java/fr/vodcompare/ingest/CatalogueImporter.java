package fr.vodcompare.ingest;

import fr.vodcompare.model.Snapshot;
import fr.vodcompare.model.Title;
import fr.vodcompare.store.CatalogueRepository;
import fr.vodcompare.store.StoreTransaction;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.StoreException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Imports catalogue files as snapshots: reads and checks the whole file, then writes it in one transaction. */
public final class CatalogueImporter {
    private final Store store;

    public CatalogueImporter(Store store) {
        this.store = store;
    }

    /** Runs on the calling thread (the write itself on the store's writer thread). */
    public ImportReport run(CatalogueImport req, ImportProgress progress)
            throws ImportException, StoreException, ImportCancelledException {
        String name = req.file().toString();
        if (!req.platformId().matches("[a-z0-9_]+")) {
            throw new ImportException(name, 0, "platform id '" + req.platformId()
                    + "' is not valid; expected lower-case letters, digits and _ (netflix, prime_video)");
        }
        progress.step("reading");
        return write(CsvTable.read(req.file(), req.csv()), req, progress);
    }

    /** A checked catalogue, ready to write. */
    record Prepared(CatalogueImport req, Snapshot spec, CatalogueReader.Result read, List<ImportWarning> warnings, String file) {
        ImportReport report(CatalogueRepository.ImportCounts n, boolean dryRun) {
            return new ImportReport(file, read.rowsRead(), read.titles().size(), n == null ? 0 : n.added(),
                    n == null ? 0 : n.updated(), n == null ? 0 : n.unchanged(), warnings, spec.asOf(), req.platformId(), dryRun);
        }
    }

    private ImportReport write(CsvTable table, CatalogueImport req, ImportProgress progress)
            throws ImportException, StoreException, ImportCancelledException {
        Prepared p = prepare(table, req);
        if (req.dryRun()) {
            return p.report(null, true);
        }
        if (progress.cancelled()) {
            throw new ImportCancelledException();
        }
        progress.step("writing");
        CatalogueRepository.ImportCounts counts = Writes.run(store, tx -> {
            CatalogueRepository.ImportCounts n = apply(tx, p, false);
            if (progress.cancelled()) {
                throw new ImportCancelledException();
            }
            return n;
        });
        return p.report(counts, false);
    }

    /** Reads and checks every row; writes nothing. */
    static Prepared prepare(CsvTable table, CatalogueImport req) throws ImportException {
        CatalogueReader.Result read = CatalogueReader.read(table, req.platformId());
        LocalDate asOf = req.asOf() != null ? req.asOf() : read.newestDateAdded() != null ? read.newestDateAdded() : LocalDate.now();
        List<ImportWarning> warnings = new ArrayList<>(read.warnings());
        for (int i = 0; i < read.titles().size(); i++) {
            Title t = read.titles().get(i);
            if (t.dateAdded() != null && t.dateAdded().isAfter(asOf)) {
                warnings.add(new ImportWarning(table.rows().get(i).line(), "date added " + t.dateAdded()
                        + " is after the snapshot date " + asOf + "; kept"));
            }
        }
        warnings.sort((a, b) -> Long.compare(a.line(), b.line()));
        String territory = req.territory() == null || req.territory().isBlank()
                || req.territory().strip().equalsIgnoreCase(Snapshot.UNSTATED) ? Snapshot.UNSTATED
                : req.territory().strip().toUpperCase(Locale.ROOT);
        Snapshot spec = new Snapshot(0, req.platformId(), asOf, territory, req.platformName(),
                req.file().getFileName().toString(), read.titles().size(), false);
        return new Prepared(req, spec, read, warnings, table.file());
    }

    /** Writes a prepared catalogue inside the caller's transaction. */
    static CatalogueRepository.ImportCounts apply(StoreTransaction tx, Prepared p, boolean bundled) throws StoreException {
        tx.ensurePlatform(p.req().platformId(), p.req().platformName());
        Snapshot spec = p.spec();
        if (bundled) {
            spec = new Snapshot(0, spec.platformId(), spec.asOf(), spec.territory(), spec.sourceName(), spec.sourceFile(),
                    spec.titleCount(), true);
        }
        return tx.importSnapshot(spec, p.read().titles());
    }
}
