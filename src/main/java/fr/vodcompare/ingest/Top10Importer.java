package fr.vodcompare.ingest;

import fr.vodcompare.model.Top10Entry;
import fr.vodcompare.store.Store;
import fr.vodcompare.store.StoreException;
import fr.vodcompare.store.Top10Repository;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Imports a Netflix Top 10 file: reads and checks every row first, then writes, in one transaction, the weekly
 * lists the store does not hold yet (re-importing a file, or a newer version of it, adds only the new weeks).
 */
public final class Top10Importer {
    private final Store store;

    public Top10Importer(Store store) {
        this.store = store;
    }

    /**
     * Runs on the calling thread (the write itself on the store's writer thread); never the FX thread.
     *
     * @param country a two-letter country code to keep only that country's rows, {@code world}, or null for all
     */
    public Top10Report run(Path file, String country, ImportProgress progress)
            throws ImportException, StoreException, ImportCancelledException {
        return run(file, country, progress, null);
    }

    /** @param replay the kept copy being replayed into a new store (null: a new import, whose file is kept) */
    Top10Report run(Path file, String country, ImportProgress progress, KeptImports.Copy replay)
            throws ImportException, StoreException, ImportCancelledException {
        String name = file.toString();
        String keep = country == null || country.isBlank() ? null
                : Top10Entry.WORLD.equalsIgnoreCase(country.strip()) ? Top10Entry.WORLD : country.strip().toUpperCase(Locale.ROOT);
        if (keep != null && !keep.equals(Top10Entry.WORLD) && !keep.matches("[A-Z]{2}")) {
            throw ImportException.of(name, 0, "top10.country.option", country);
        }
        progress.step("reading");
        Top10Reader.Result read;
        try (InputStream in = Files.newInputStream(file)) {
            read = Top10Reader.read(name, in, keep);
        } catch (NoSuchFileException e) {
            throw ImportException.of(name, 0, "file.missing");
        } catch (IOException e) {
            throw ImportException.of(name, 0, "file.unreadable.top10", e.getMessage());
        }
        if (progress.cancelled()) {
            throw new ImportCancelledException();
        }
        progress.step("writing");
        String fileName = file.getFileName().toString();
        KeptImports.Copy copy = replay != null ? replay : KeptImports.of(store).keep(KeptImports.Kind.TOP10, file,
                fr.vodcompare.store.ImportCopies.top10Subject(fileName), keep == null ? java.util.Map.of() : java.util.Map.of("country", keep));
        Top10Repository.ImportCounts n = Writes.keeping(store, copy, tx -> tx.importTop10(fileName, read.layout().code(), keep,
                read.rowsRead(), read.entries()), c -> c.weeksAdded() > 0);
        return new Top10Report(name, read.layout(), keep, read.rowsRead(), read.entries().size(), read.skippedCountries(),
                read.skippedOverseas(), read.countryNames(), n.weeksAdded(), n.weeksAlreadyStored(), n.entriesAdded(),
                n.worksAdded(), n.entriesLinked(), read.warnings());
    }
}
