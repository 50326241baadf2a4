package fr.vodcompare.ingest;

import fr.vodcompare.model.Snapshot;
import fr.vodcompare.model.Title;
import fr.vodcompare.store.CatalogueRepository;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.StoreException;
import fr.vodcompare.store.StoreTransaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Imports catalogue files as snapshots, in one transaction, streamed ({@link StreamedImport}; a dry run reads and checks
 * the same way and writes nothing, {@link StreamedDryRun}). The bundled data, small, is read whole ({@link #prepare}). A snapshot already stored for the same platform, date and territory is refused unless
 * the import asks to replace it (bundled snapshots: only a rebuild replaces them).
 */
public final class CatalogueImporter {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CatalogueImporter.class);
    private final Store store;

    public CatalogueImporter(Store store) {
        this.store = store;
    }

    /** Runs on the calling thread (the write itself on the store's writer thread). */
    public ImportReport run(CatalogueImport req, ImportProgress progress)
            throws ImportException, StoreException, ImportCancelledException {
        return run(req, progress, null);
    }

    /** @param replay the kept copy being replayed into a new store (null: a new import, whose file is kept) */
    ImportReport run(CatalogueImport req, ImportProgress progress, KeptImports.Copy replay)
            throws ImportException, StoreException, ImportCancelledException {
        String name = req.file().toString();
        if (!req.platformId().matches("[a-z0-9_]+")) {
            throw ImportException.of(name, 0, "platform.invalid", req.platformId());
        }
        if (store == null && !req.dryRun()) {
            throw new IllegalArgumentException("an import that writes needs a store");
        }
        try {
            return streamed(req, progress, replay, false);
        } catch (CsvStream.NotPlainUtf8 e) {
            // nothing was written: the file is read again, its encoding decided first (Windows-1252, or refused)
            LOG.debug("{} is not plain UTF-8 text: read again, its encoding decided first", name);
            return streamed(req, progress, replay, true);
        }
    }

    /**
     * A catalogue, streamed ({@link StreamedImport}); read again month first where its numeric dates
     * turn out to be. {@code decideEncoding}: its encoding decided by a pass over the file first, else read as UTF-8 at once.
     */
    private ImportReport streamed(CatalogueImport req, ImportProgress progress, KeptImports.Copy replay, boolean decideEncoding)
            throws ImportException, StoreException, ImportCancelledException {
        try {
            return streamedOnce(req, progress, replay, decideEncoding);
        } catch (StreamedCatalogue.ReadAgainMonthFirst e) {
            CatalogueImport monthFirst = new CatalogueImport(req.file(), req.platformId(), req.platformName(), req.asOf(),
                    req.territory(), req.csv(), req.dryRun(), req.replace(), DateOrder.MONTH_FIRST);
            try {
                return streamedOnce(monthFirst, progress, replay, decideEncoding);
            } catch (StreamedCatalogue.ReadAgainMonthFirst cannot) {
                throw new IllegalStateException("a forced date order was read again", cannot);
            }
        }
    }

    /** A checked catalogue, ready to write. */
    record Prepared(CatalogueImport req, Snapshot spec, CatalogueReader.Result read, List<ImportWarning> warnings, String file,
                    boolean territoryAssumed) {
    }

    private ImportReport streamedOnce(CatalogueImport req, ImportProgress progress, KeptImports.Copy replay, boolean decideEncoding)
            throws ImportException, StoreException, ImportCancelledException, StreamedCatalogue.ReadAgainMonthFirst {
        return req.dryRun() ? StreamedDryRun.run(store, req, progress, decideEncoding)
                : new StreamedImport(store, req, progress, replay, decideEncoding).run();
    }

    /** What a replay needs to import the kept copy the same way: the snapshot's resolved date and territory. */
    static java.util.Map<String, String> options(CatalogueImport req, Snapshot spec) {
        java.util.Map<String, String> o = new java.util.LinkedHashMap<>(ImportReplay.csvOptions(req.csv()));
        o.put("platform", req.platformId());
        if (req.platformName() != null) {
            o.put("name", req.platformName());
        }
        o.put("as_of", spec.asOf().toString());
        o.put("territory", spec.territory());
        if (req.dateOrder() != null) {
            o.put("date_order", req.dateOrder().name());
        }
        return o;
    }

    /** The refusal of a file whose snapshot {@code s} is stored already: bundled, else the import did not ask to replace it. */
    static SnapshotConflictException conflict(String file, Snapshot s) {
        Object territory = Snapshot.UNSTATED.equals(s.territory()) ? ImportSentence.of("territory.unstated") : s.territory();
        return new SnapshotConflictException(file, s, s.bundled() ? "snapshot.bundled" : "snapshot.stored", s.platformId(),
                s.asOf(), territory, ImportSentence.titles(s.titleCount()));
    }

    /** The territory an import names, normalised; null when it names none. */
    static String territory(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return raw.strip().equalsIgnoreCase(Snapshot.UNSTATED) ? Snapshot.UNSTATED : raw.strip().toUpperCase(Locale.ROOT);
    }

    /** Reads and checks every row; writes nothing. */
    static Prepared prepare(CsvTable table, CatalogueImport req, String territory, boolean territoryAssumed) throws ImportException {
        CatalogueReader.Result read = CatalogueReader.read(table, req.platformId(), req.dateOrder());
        LocalDate asOf = req.asOf() != null ? req.asOf() : read.newestDateAdded() != null ? read.newestDateAdded() : LocalDate.now();
        List<ImportWarning> warnings = new ArrayList<>(read.warnings());
        for (int i = 0; i < read.titles().size(); i++) {
            Title t = read.titles().get(i);
            if (t.dateAdded() != null && t.dateAdded().isAfter(asOf)) {
                warnings.add(ImportWarning.of(table.rows().get(i).line(), "added.after", t.dateAdded(), asOf));
            }
        }
        warnings.sort((a, b) -> Long.compare(a.line(), b.line()));
        String t = territory(territory);
        Snapshot spec = new Snapshot(0, req.platformId(), asOf, t == null ? Snapshot.UNSTATED : t, req.platformName(),
                req.file().getFileName().toString(), read.titles().size(), false);
        return new Prepared(req, spec, read, warnings, table.file(), territoryAssumed);
    }

    /** Writes a prepared catalogue inside the caller's transaction. */
    static CatalogueRepository.ImportCounts apply(StoreTransaction tx, Prepared p, boolean bundled) throws StoreException {
        tx.ensurePlatform(p.req().platformId(), p.req().platformName());
        Snapshot spec = p.spec();
        if (bundled) {
            spec = new Snapshot(0, spec.platformId(), spec.asOf(), spec.territory(), spec.sourceName(), spec.sourceFile(),
                    spec.titleCount(), true);
        }
        return tx.importSnapshot(spec, p.read().titles(), bundled || p.req().replace());
    }
}
