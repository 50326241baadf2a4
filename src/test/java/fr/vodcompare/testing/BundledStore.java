package fr.vodcompare.testing;

import fr.vodcompare.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One store built from the bundled data for a whole test class, in a folder of its own:
 * {@code @RegisterExtension static final BundledStore BUNDLED = new BundledStore();}.
 */
public final class BundledStore implements BeforeAllCallback, AfterAllCallback {
    private Path dir;
    private Store store;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("vodcompare-test");
        store = TestStores.bundledCopy(dir);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    public Store store() {
        return store;
    }

    /** A folder for the class's own files, removed afterwards. */
    public Path dir() {
        return dir;
    }
}
