package fr.vodcompare.ingest;

import fr.vodcompare.store.Store;
import fr.vodcompare.store.StoreException;

/** Runs an import's write transaction and gives back the import's own exceptions unwrapped. */
final class Writes {
    private Writes() {
    }

    static <T> T run(Store store, Store.TransactionWork<T> work)
            throws StoreException, ImportException, ImportCancelledException {
        try {
            return store.transaction(work);
        } catch (StoreException e) {
            if (e.getCause() instanceof ImportException) {
                throw (ImportException) e.getCause();
            }
            if (e.getCause() instanceof ImportCancelledException) {
                throw (ImportCancelledException) e.getCause();
            }
            throw e;
        }
    }
}
