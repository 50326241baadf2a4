package fr.vodcompare.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import fr.vodcompare.store.Store;
import fr.vodcompare.store.StoreException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failure shown in a message says the store's fault in the message's language; anything else as Java says it. */
class FailuresTest {
    @TempDir
    Path dir;

    /** A store no VOD Compare wrote (a negative schema version): the store refuses it with a sentence of its own. */
    private StoreException refused() throws Exception {
        Path file = dir.resolve("odd.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            s.execute("PRAGMA user_version = -1");
        }
        Throwable e = catchThrowable(() -> Store.open(file).close());
        assertThat(e).isInstanceOf(StoreException.class);
        return (StoreException) e;
    }

    @Test
    void aStoreFaultIsSaidInTheLanguageOfTheMessage() throws Exception {
        StoreException e = refused();
        UiMessage shown = new UiMessage("import.failed.store", Failures.words(new RuntimeException("wrapped", e)));

        assertThat(Messages.of(Locale.ENGLISH).text(shown)).isEqualTo("The database could not be written: " + e.getMessage() + ".");
        assertThat(Messages.of(Locale.FRENCH).text(shown)).startsWith("La base n’a pas pu être écrite : La version de schéma de ce "
                + "fichier de données est -1, qu’aucun VOD Compare n’écrit").doesNotContain("schema version");
        assertThat(Failures.text(e, Messages.of(Locale.FRENCH))).startsWith("La version de schéma");
    }

    @Test
    void anyOtherFailureIsSaidAsJavaSaysIt() {
        assertThat(Failures.words(new IllegalStateException("odd"))).isEqualTo("odd");
        assertThat(Failures.words(new IllegalStateException())).isEqualTo("IllegalStateException");
    }
}
