package fr.vodcompare.ingest;

/** The user cancelled an import; nothing was written. */
public class ImportCancelledException extends Exception {
    public ImportCancelledException() {
        super("Import cancelled; nothing was written");
    }
}
