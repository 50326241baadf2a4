package fr.vodcompare.ingest;

import fr.vodcompare.model.Fact;
import fr.vodcompare.store.StoreTransaction;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.StoreException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Imports a facts file in one transaction; platform names go through the registry's aliases. */
public final class FactsImporter {
    private final Store store;

    public FactsImporter(Store store) {
        this.store = store;
    }

    public ImportReport run(Path file, CsvOptions csv, boolean dryRun)
            throws ImportException, StoreException, ImportCancelledException {
        return run(file, csv, dryRun, false);
    }

    /**
     * Reads and checks the whole file, then writes it in one transaction (nothing in a dry run, when the store may be
     * null). With {@code force}, figures with impossible values are kept, flagged ({@link FactsReader#read(CsvTable, boolean)}).
     */
    public ImportReport run(Path file, CsvOptions csv, boolean dryRun, boolean force)
            throws ImportException, StoreException, ImportCancelledException {
        return run(file, csv, dryRun, force, null);
    }

    /** @param replay the kept copy being replayed into a new store (null: a new import, whose file is kept) */
    ImportReport run(Path file, CsvOptions csv, boolean dryRun, boolean force, KeptImports.Copy replay)
            throws ImportException, StoreException, ImportCancelledException {
        String name = file.toString();
        CsvTable table = CsvTable.read(file, csv);
        FactsReader.Result read = FactsReader.read(table, force);
        if (dryRun) {
            return new ImportReport(name, table.rows().size(), read.facts().size(), 0, 0, 0, read.warnings(), null, null, true);
        }
        java.util.Map<String, String> options = new java.util.LinkedHashMap<>(ImportReplay.csvOptions(csv));
        if (force) {
            options.put("force", "true");
        }
        KeptImports.Copy copy = replay != null ? replay : KeptImports.of(store).keep(KeptImports.Kind.FACTS, file,
                fr.vodcompare.store.ImportCopies.factsSubject(file.getFileName().toString()), options);
        int added = Writes.keeping(store, copy, tx -> insert(tx, read.facts(), false), n -> n > 0);
        return new ImportReport(name, table.rows().size(), read.facts().size(), added, 0, read.facts().size() - added,
                read.warnings(), null, null, false);
    }

    /** Inserts inside the caller's transaction; returns how many were new. */
    static int insert(StoreTransaction tx, List<Fact> facts, boolean bundled) throws StoreException {
        int added = 0;
        for (Fact f : facts) {
            Optional<String> platform = tx.resolvePlatform(f.platformLabel());
            Fact resolved = new Fact(0, f.metric(), platform.orElse(null), f.platformLabel(), f.period(), f.low(), f.high(),
                    f.valueText(), f.unit(), f.source(), f.note());
            if (tx.insertFact(resolved, bundled)) {
                added++;
            }
        }
        return added;
    }

}
