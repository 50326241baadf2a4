package fr.vodcompare.ingest;

import fr.vodcompare.model.Sentence;
import fr.vodcompare.model.Snapshot;
import fr.vodcompare.model.Title;
import fr.vodcompare.store.CatalogueRepository;
import fr.vodcompare.store.ImportCopies;
import fr.vodcompare.store.SnapshotExistsException;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.StoreException;
import fr.vodcompare.store.StoreTransaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Imports catalogue files as snapshots, in one transaction: streamed ({@link StreamedImport}; a dry run and the bundled
 * data read and check the whole file first). A snapshot already stored for the same platform, date and territory is refused unless
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
        if (store != null && !req.dryRun()) {
            try {
                return streamed(req, progress, replay, false);
            } catch (CsvStream.NotPlainUtf8 e) {
                // nothing was written: the file is read again, its encoding decided first (Windows-1252, or refused)
                LOG.debug("{} is not plain UTF-8 text: read again, its encoding decided first", name);
                return streamed(req, progress, replay, true);
            }
        }
        progress.step("reading");
        return write(CsvTable.read(req.file(), req.csv()), req, progress, replay);
    }

    /**
     * A catalogue, streamed ({@link StreamedImport}); read again month first where its numeric dates
     * turn out to be. {@code decideEncoding}: its encoding decided by a pass over the file first, else read as UTF-8 at once.
     */
    private ImportReport streamed(CatalogueImport req, ImportProgress progress, KeptImports.Copy replay, boolean decideEncoding)
            throws ImportException, StoreException, ImportCancelledException {
        try {
            return new StreamedImport(store, req, progress, replay, decideEncoding).run();
        } catch (StreamedCatalogue.ReadAgainMonthFirst e) {
            CatalogueImport monthFirst = new CatalogueImport(req.file(), req.platformId(), req.platformName(), req.asOf(),
                    req.territory(), req.csv(), req.dryRun(), req.replace(), DateOrder.MONTH_FIRST);
            try {
                return new StreamedImport(store, monthFirst, progress, replay, decideEncoding).run();
            } catch (StreamedCatalogue.ReadAgainMonthFirst cannot) {
                throw new IllegalStateException("a forced date order was read again", cannot);
            }
        }
    }

    /** A checked catalogue, ready to write. */
    record Prepared(CatalogueImport req, Snapshot spec, CatalogueReader.Result read, List<ImportWarning> warnings, String file,
                    boolean territoryAssumed) {
        ImportReport report(CatalogueRepository.ImportCounts n, Optional<Snapshot> existing, boolean dryRun) {
            int replacedTitles = n != null && n.replaced() != null ? n.replaced().titlesBefore()
                    : existing.map(Snapshot::titleCount).orElse(-1);
            int gone = n != null && n.replaced() != null ? n.replaced().noLongerListed() : 0;
            var snapshot = new ImportReport.SnapshotReport(spec.territory(), territoryAssumed,
                    n == null ? read.titles().size() : n.titles(), n == null ? 0 : n.ambiguous(), replacedTitles, gone);
            return new ImportReport(file, read.rowsRead(), read.titles().size(), n == null ? 0 : n.added(),
                    n == null ? 0 : n.updated(), n == null ? 0 : n.unchanged(), warnings, spec.asOf(), req.platformId(), dryRun,
                    snapshot);
        }
    }

    private ImportReport write(CsvTable table, CatalogueImport req, ImportProgress progress, KeptImports.Copy replay)
            throws ImportException, StoreException, ImportCancelledException {
        // a dry run may come without a store (none exists yet): nothing is stored, so nothing is replaced
        String territory = territory(req.territory());
        // none named: the platform's newest snapshot's, said to be assumed (a platform without one: simply not stated)
        Optional<String> newest = territory != null || store == null ? Optional.empty()
                : store.catalogue().newestTerritory(req.platformId());
        boolean assumed = newest.isPresent();
        if (territory == null) {
            territory = newest.orElse(Snapshot.UNSTATED);
        }
        Prepared p = prepare(table, req, territory, assumed);
        Optional<Snapshot> existing = store == null ? Optional.empty()
                : store.catalogue().find(req.platformId(), p.spec().asOf(), territory);
        if (existing.isPresent()) {
            refuseUnlessReplacing(p, existing.get());
        }
        if (req.dryRun()) {
            return p.report(null, existing, true);
        }
        if (progress.cancelled()) {
            throw new ImportCancelledException();
        }
        progress.step("writing");
        String subject = ImportCopies.catalogueSubject(req.platformId(), p.spec().asOf(), p.spec().territory());
        KeptImports.Copy copy = replay != null ? replay
                : KeptImports.of(store).keep(KeptImports.Kind.CATALOGUE, req.file(), subject, options(req, p.spec()));
        CatalogueRepository.ImportCounts counts;
        try {
            counts = Writes.keeping(store, copy, tx -> {
                CatalogueRepository.ImportCounts n = apply(tx, p, false);
                if (progress.cancelled()) {
                    throw new ImportCancelledException();
                }
                // a replaced snapshot's copy goes with it
                tx.forgetImportCopies(subject);
                return n;
            }, n -> true);
        } catch (SnapshotExistsException e) {
            refuseUnlessReplacing(p, e.existing());
            throw e;
        }
        progress.step("matching");
        WorkMatching.rematch(store, req.platformId());
        return p.report(counts, existing, false);
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

    private static void refuseUnlessReplacing(Prepared p, Snapshot s) throws ImportException {
        if (s.bundled() || !p.req().replace()) {
            throw conflict(p.file(), s);
        }
    }

    /** The refusal of a file whose snapshot {@code s} is stored already: bundled, else the import did not ask to replace it. */
    static SnapshotConflictException conflict(String file, Snapshot s) {
        Object territory = Snapshot.UNSTATED.equals(s.territory()) ? ImportSentence.of("territory.unstated") : s.territory();
        return new SnapshotConflictException(file, s, s.bundled() ? "snapshot.bundled" : "snapshot.stored", s.platformId(),
                s.asOf(), territory, s.titleCount());
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
