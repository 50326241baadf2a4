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
 * @param snapshot  what a catalogue import did to its snapshot (null for facts)
 */
public record ImportReport(String file, int rowsRead, int imported, int added, int updated, int unchanged,
                           List<ImportWarning> warnings, LocalDate asOf, String platformId, boolean dryRun,
                           SnapshotReport snapshot) {
    public ImportReport {
        warnings = List.copyOf(warnings);
    }

    /** A report without snapshot details (facts). */
    public ImportReport(String file, int rowsRead, int imported, int added, int updated, int unchanged,
                        List<ImportWarning> warnings, LocalDate asOf, String platformId, boolean dryRun) {
        this(file, rowsRead, imported, added, updated, unchanged, warnings, asOf, platformId, dryRun, null);
    }

    /**
     * A catalogue import's snapshot.
     *
     * @param territory         its territory ({@code unstated} when not stated)
     * @param territoryAssumed  true when the import did not name it and took the platform's newest snapshot's
     * @param titles            titles the snapshot lists
     * @param ambiguous         rows with two or more candidates among the platform's titles, kept apart
     * @param replacedTitles    the title count of the snapshot it replaced, or -1 when it replaced none
     * @param noLongerListed    titles of the replaced snapshot that this one no longer lists
     */
    public record SnapshotReport(String territory, boolean territoryAssumed, int titles, int ambiguous, int replacedTitles,
                                 int noLongerListed) {
        public boolean replaced() {
            return replacedTitles >= 0;
        }
    }
}
