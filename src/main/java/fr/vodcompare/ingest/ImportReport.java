package fr.vodcompare.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * What an import read and did.
 *
 * @param rowsRead  data rows in the file
 * @param imported  rows taken into the store (or that would be, in a dry run)
 * @param added     titles or figures new to the store
 * @param asOf      the snapshot date, for catalogues (null for facts)
 */
public record ImportReport(String file, int rowsRead, int imported, int added, int updated, int unchanged,
                           List<ImportWarning> warnings, LocalDate asOf, String platformId, boolean dryRun) {
    public ImportReport {
        warnings = List.copyOf(warnings);
    }
}
