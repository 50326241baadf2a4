package fr.vodcompare.ingest;

import fr.vodcompare.model.Snapshot;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.StoreException;
import fr.vodcompare.store.TitleStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A dry run of a catalogue import, streamed: the file read and checked row by row as an import reads it
 * ({@link StreamedCatalogue}), nothing held but what the report says, nothing written. Rows whose file keys' hashes
 * repeat an earlier row's are told apart by reading those lines' keys again (a hash alone is never trusted). Works
 * without a store (none exists yet: nothing is stored, so nothing would be replaced).
 */
final class StreamedDryRun {
    private StreamedDryRun() {
    }

    static ImportReport run(Store store, CatalogueImport req, ImportProgress progress, boolean decideEncoding)
            throws ImportException, StoreException, ImportCancelledException, StreamedCatalogue.ReadAgainMonthFirst {
        String named = CatalogueImporter.territory(req.territory());
        Optional<String> newest = named != null || store == null ? Optional.empty()
                : store.catalogue().newestTerritory(req.platformId());
        String territory = named != null ? named : newest.orElse(Snapshot.UNSTATED);
        progress.step("reading");
        List<long[]> candidates = new ArrayList<>();
        Snapshot spec;
        List<ImportWarning> warnings;
        try (StreamedCatalogue rows = StreamedCatalogue.of(req, territory, progress, decideEncoding)) {
            rows.start();
            for (TitleStream.Row r = next(rows); r != null; r = next(rows)) {
                if (r.maybeSameAs() > 0) {
                    candidates.add(new long[] {r.line(), r.maybeSameAs()});
                }
            }
            spec = rows.snapshot();
            warnings = rows.warnings(confirmed(req, decideEncoding, candidates));
        }
        Optional<Snapshot> existing = store == null ? Optional.empty()
                : store.catalogue().find(req.platformId(), spec.asOf(), territory);
        if (existing.isPresent() && (existing.get().bundled() || !req.replace())) {
            throw CatalogueImporter.conflict(req.file().toString(), existing.get());
        }
        var snapshot = new ImportReport.SnapshotReport(territory, newest.isPresent(), spec.titleCount(), 0,
                existing.map(Snapshot::titleCount).orElse(-1), 0);
        return new ImportReport(req.file().toString(), spec.titleCount(), spec.titleCount(), 0, 0, 0, warnings, spec.asOf(),
                req.platformId(), true, snapshot);
    }

    /** The next row; the reader's failure as the import's own exception. */
    private static TitleStream.Row next(StreamedCatalogue rows) throws ImportException, ImportCancelledException {
        try {
            return rows.next();
        } catch (ImportException | ImportCancelledException | RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportCancelledException();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The candidate repeats ({line, earlier line}) whose two rows do have the same file key. */
    static List<long[]> confirmed(CatalogueImport req, boolean decideEncoding, List<long[]> candidates)
            throws ImportException {
        if (candidates.isEmpty()) {
            return candidates;
        }
        Set<Long> lines = new HashSet<>();
        for (long[] c : candidates) {
            lines.add(c[0]);
            lines.add(c[1]);
        }
        Map<Long, String> keys = StreamedCatalogue.keysAt(req, decideEncoding, lines);
        List<long[]> out = new ArrayList<>();
        for (long[] c : candidates) {
            if (keys.get(c[0]) != null && keys.get(c[0]).equals(keys.get(c[1]))) {
                out.add(c);
            }
        }
        return out;
    }
}
