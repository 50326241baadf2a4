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
     * @param status told, on the calling thread, when the long first build starts
     */
    public static Store open(Path file, Consumer<String> status) throws StoreException, ImportException {
        Store store = Store.open(file);
        try {
            // a read-only store is used as it is: reads work, and writes say why they cannot
            if (store.database().isReadOnly()) {
                return store;
            }
            if (BundledData.checkedAgainstThisJar(store)) {
                WorkMatching.ensureMatched(store);
                return store;
            }
            BundledData data = BundledData.load();
            if (data.isNeededBy(store)) {
                status.accept("building");
                data.writeTo(store);
            } else {
                data.markChecked(store);
                WorkMatching.ensureMatched(store);
            }
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

    /** Reloads the bundled data (replacing earlier bundled rows, keeping user imports). */
    public static BundledData.Summary rebuild(Store store) throws StoreException, ImportException {
        try {
            return BundledData.load().writeTo(store);
        } catch (IOException e) {
            throw new StoreException("The bundled data cannot be read: " + e.getMessage(), e);
        } catch (ImportCancelledException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }
}
