package fr.vodcompare.ingest;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A request to import a catalogue file as a snapshot.
 *
 * @param platformName name for a platform the store does not know yet (null: the id)
 * @param asOf         snapshot date (null: the newest date added in the file, else today)
 * @param territory    ISO code such as FR (null: the territory of the platform's newest snapshot, else not stated)
 * @param replace      replace a snapshot already stored for the same platform, date and territory
 * @param dateOrder    how the file's numeric dates read (null: decided from the file)
 */
public record CatalogueImport(Path file, String platformId, String platformName, LocalDate asOf, String territory,
                              CsvOptions csv, boolean dryRun, boolean replace, DateOrder dateOrder) {
    /** A request that refuses to replace a stored snapshot and decides the date order from the file. */
    public CatalogueImport(Path file, String platformId, String platformName, LocalDate asOf, String territory, CsvOptions csv,
                           boolean dryRun) {
        this(file, platformId, platformName, asOf, territory, csv, dryRun, false, null);
    }
}
