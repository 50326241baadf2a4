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
        return keeping(store, java.util.concurrent.CompletableFuture.completedFuture(copy), work, wrote, (c, r) -> { }, false);
    }

    /** What to say of the copy once the write knows more (before it is recorded). */
    interface Describe<T> {
        void accept(KeptImports.Copy copy, T result) throws java.io.IOException;
    }

    /**
     * As {@link #keeping(Store, KeptImports.Copy, Store.TransactionWork, java.util.function.Predicate)}, with a copy still
     * being written beside the import (on another core): the transaction waits for it before recording it.
     *
     * @param firstLoad a platform's first catalogue ({@link Store#firstLoadTransaction}): the store held alone when this
     *                  process allows it, the references the load makes not checked row by row
     */
    static <T> T keeping(Store store, java.util.concurrent.Future<KeptImports.Copy> pending, Store.TransactionWork<T> work,
                         java.util.function.Predicate<T> wrote, Describe<T> describe, boolean firstLoad)
            throws StoreException, ImportException, ImportCancelledException {
        T result;
        boolean[] recorded = {false};
        try {
            result = run(store, firstLoad, tx -> {
                T r = work.run(tx);
                KeptImports.Copy copy = copy(pending);
                // a replayed copy is always recorded: it belongs to the new store even when it adds nothing there
                if (wrote.test(r) || copy.replayed()) {
                    describe.accept(copy, r);
                    copy.record(tx);
                    recorded[0] = true;
                }
                return r;
            });
        } catch (StoreException | ImportException | ImportCancelledException | RuntimeException e) {
            abandon(pending);
            throw e;
        }
        KeptImports.Copy copy = copy(pending);
        if (recorded[0]) {
            copy.committed();
        } else {
            copy.abandon();
        }
        return result;
    }

    private static KeptImports.Copy copy(java.util.concurrent.Future<KeptImports.Copy> pending) throws ImportException {
        try {
            return pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the file's copy was written", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof ImportException ie) {
                throw ie;
            }
            throw new IllegalStateException("the file's copy could not be written", e.getCause());
        }
    }

    /** The copy of a failed write goes, once it is written. */
    private static void abandon(java.util.concurrent.Future<KeptImports.Copy> pending) {
        try {
            copy(pending).abandon();
        } catch (ImportException | RuntimeException none) {
            // no copy was written
        }
    }

    static <T> T run(Store store, Store.TransactionWork<T> work)
            throws StoreException, ImportException, ImportCancelledException {
        return run(store, false, work);
    }

    private static <T> T run(Store store, boolean firstLoad, Store.TransactionWork<T> work)
            throws StoreException, ImportException, ImportCancelledException {
        try {
            return firstLoad ? store.firstLoadTransaction(work) : store.transaction(work);
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
