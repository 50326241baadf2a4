package fr.vodcompare.ingest;

import fr.vodcompare.store.Store;
import fr.vodcompare.store.StoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Opens a user's store and makes sure it holds the current bundled data (building it on first use). */
public final class StoreSetup {
    private StoreSetup() {
    }

    /**
     * Opens {@code file}, creating, migrating and filling it from the bundled data as needed.
     *
     * @param status told, on the calling thread, when the long first build starts ("building") and of each kept import
     *               imported again ("restoring:FILE")
     */
    public static Store open(Path file, Consumer<String> status) throws StoreException, ImportException {
        Store store = Store.open(file);
        try {
            // a read-only store is used as it is: reads work, and writes say why they cannot
            if (store.database().isReadOnly()) {
                return store;
            }
            if (!BundledData.checkedAgainstThisJar(store)) {
                BundledData data = BundledData.load();
                if (data.isNeededBy(store)) {
                    status.accept("building");
                    data.writeTo(store);
                } else {
                    data.markChecked(store);
                }
            }
            WorkMatching.ensureMatched(store);
            // the user's imports kept beside the store come back into a new one (after a damaged store was set aside)
            ImportReplay.restore(store, copy -> status.accept("restoring:" + copy));
            return store;
        } catch (IOException e) {
            store.close();
            throw new StoreException("The bundled data cannot be read: " + e.getMessage(), e);
        } catch (ImportCancelledException e) {
            store.close();
            throw new StoreException(e.getMessage(), e);
        } catch (StoreException | ImportException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * Reloads the bundled data (replacing earlier bundled rows, keeping user imports), then imports again any kept
     * copy of the user's files the store lacks.
     */
    public static BundledData.Summary rebuild(Store store) throws StoreException, ImportException {
        try {
            BundledData.Summary s = BundledData.load().writeTo(store);
            ImportReplay.restore(store, copy -> { });
            return s;
        } catch (IOException e) {
            throw new StoreException("The bundled data cannot be read: " + e.getMessage(), e);
        } catch (ImportCancelledException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }
}
