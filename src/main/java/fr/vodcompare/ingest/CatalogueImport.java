package fr.vodcompare.ingest;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A request to import a catalogue file as a snapshot.
 *
 * @param platformName name for a platform the store does not know yet (null: the id)
 * @param asOf         snapshot date (null: the newest date added in the file, else today)
 * @param territory    ISO code such as FR (null: not stated)
 */
public record CatalogueImport(Path file, String platformId, String platformName, LocalDate asOf, String territory,
                              CsvOptions csv, boolean dryRun) {
}
