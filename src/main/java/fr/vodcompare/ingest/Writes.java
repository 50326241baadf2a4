package fr.vodcompare.ingest;

import fr.vodcompare.store.Store;
import fr.vodcompare.store.StoreException;

/** Runs an import's write transaction and gives back the import's own exceptions unwrapped. */
final class Writes {
    private Writes() {
    }

    /**
     * Runs an import's write with the kept copy of its file: recorded in the same transaction, removed when the
     * write fails or wrote nothing, counted once it has committed.
     *
     * @param wrote whether the write brought anything (a file imported again adds nothing and keeps no second copy)
     */
    static <T> T keeping(Store store, KeptImports.Copy copy, Store.TransactionWork<T> work, java.util.function.Predicate<T> wrote)
            throws StoreException, ImportException, ImportCancelledException {
        T result;
        boolean[] recorded = {false};
        try {
            result = run(store, tx -> {
                T r = work.run(tx);
                // a replayed copy is always recorded: it belongs to the new store even when it adds nothing there
                if (wrote.test(r) || copy.replayed()) {
                    copy.record(tx);
                    recorded[0] = true;
                }
                return r;
            });
        } catch (StoreException | ImportException | ImportCancelledException | RuntimeException e) {
            copy.abandon();
            throw e;
        }
        if (recorded[0]) {
            copy.committed();
        } else {
            copy.abandon();
        }
        return result;
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
