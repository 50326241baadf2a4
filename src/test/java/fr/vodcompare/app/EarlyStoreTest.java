package fr.vodcompare.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vodcompare.store.Store;
import fr.vodcompare.store.StoreException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's store opened from the launcher, taken over once by the window, with what it said before anyone listened. */
class EarlyStoreTest {
    @TempDir
    Path dir;

    @Test
    void whatTheOpeningSaidBeforeAndAfterReachesTheListenerAndTheStoreIsHandedOverOnce() throws Exception {
        Path file = dir.resolve("s.db");
        CountDownLatch listening = new CountDownLatch(1);
        EarlyStore.start(file, (f, status) -> {
            status.accept("building");
            listening.await(10, TimeUnit.SECONDS);
            status.accept("restoring:a.csv");
            return Store.open(f);
        });
        EarlyStore early = EarlyStore.take(file);
        assertThat(EarlyStore.take(file)).as("handed over once").isNull();
        List<String> heard = new CopyOnWriteArrayList<>();
        java.util.concurrent.CompletableFuture<Store> opened = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return early.await(heard::add);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // said before anyone listened, then heard once the window listens
        org.testfx.util.WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> heard.contains("building"));
        assertThat(opened).isNotDone();
        listening.countDown();
        try (Store store = opened.get(10, TimeUnit.SECONDS)) {
            assertThat(store).isNotNull();
        }
        assertThat(heard).containsExactly("building", "restoring:a.csv");
    }

    @Test
    void anotherStoreIsNotHandedOver() throws Exception {
        EarlyStore.start(dir.resolve("a.db"), (f, status) -> Store.open(f));
        assertThat(EarlyStore.take(dir.resolve("b.db"))).isNull();
        // the opening of a.db waited for and closed: it wrote in the temporary folder while JUnit deleted it (CI, once)
        try (Store opened = EarlyStore.take(dir.resolve("a.db")).await(s -> { })) {
            assertThat(opened).isNotNull();
        }
    }

    @Test
    void aFailureReachesTheWindowAsItWas() {
        Path file = dir.resolve("s.db");
        EarlyStore.start(file, (f, status) -> {
            throw new StoreException("damaged");
        });
        EarlyStore early = EarlyStore.take(file);
        assertThatThrownBy(() -> early.await(s -> { })).isInstanceOf(StoreException.class).hasMessage("damaged");
    }
}
