package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vodcompare.ingest.CatalogueImport;
import fr.vodcompare.ingest.CatalogueImporter;
import fr.vodcompare.ingest.CsvOptions;
import fr.vodcompare.ingest.ImportProgress;
import fr.vodcompare.testing.TestStores;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store under faults: each gives a sentence with its reason, and nothing is written. */
class StoreFaultsTest {
    @TempDir
    Path dir;

    private Path catalogue(int rows) throws Exception {
        StringBuilder text = new StringBuilder("show_id,type,title,description\n");
        for (int i = 0; i < rows; i++) {
            text.append('s').append(i).append(",Movie,Title ").append(i).append(',').append("A long description. ".repeat(20)).append('\n');
        }
        return Files.writeString(dir.resolve("big.csv"), text, StandardCharsets.UTF_8);
    }

    private static ImportProgress quiet() {
        return new ImportProgress() {
        };
    }

    @Test
    void aFullDiskIsSaidAsSuchAndNothingIsWritten() throws Exception {
        try (Store store = TestStores.bundledCopy(dir)) {
            String before = TestStores.contentDigest(store);
            // SQLite's own limit stands in for a full disk: it fails with the same SQLITE_FULL
            store.database().write(c -> {
                try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA page_count")) {
                    rs.next();
                    s.execute("PRAGMA max_page_count = " + (rs.getLong(1) + 20));
                }
                return null;
            });
            CatalogueImport req = new CatalogueImport(catalogue(5000), "big_vod", null, null, null, CsvOptions.DEFAULT, false);
            assertThatThrownBy(() -> new CatalogueImporter(store).run(req, quiet()))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("the disk is full (")
                    .hasMessageContaining("MB free at " + dir.toAbsolutePath())
                    .hasMessageContaining("nothing was written")
                    .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.DISK_FULL))
                    .satisfies(e -> assertThat(((StoreException) e).message(Locale.FRENCH)).as("in French")
                            .startsWith("le disque est plein (").contains(" Mo libres dans " + dir.toAbsolutePath())
                            .endsWith("; rien n’a été écrit. Libérez de la place et recommencez"));
            assertThat(TestStores.contentDigest(store)).isEqualTo(before);
        }
    }

    /** Overwrites 16 KiB in the middle of the file, as a failing disk or a stray program would. */
    private static void damage(Path file) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] junk = new byte[16 * 1024];
            Arrays.fill(junk, (byte) 0xA5);
            f.seek(f.length() / 2 / 4096 * 4096);
            f.write(junk);
        }
    }

    @Test
    void aDamagedStoreLeftByAnUncleanShutdownIsRefusedOnOpenAndAnEmptyLogCostsNoCheck() throws Exception {
        Path file;
        try (Store store = TestStores.bundledCopy(dir)) {
            file = store.database().file();
        }
        damage(file);
        Path wal = dir.resolve(file.getFileName() + "-wal");
        Files.createFile(wal); // an empty log: another program read the store; nothing to play back, no check
        try (Store store = Store.open(file)) {
            assertThat(store.database().file()).isEqualTo(file);
        }
        Files.write(wal, new byte[32]); // a log with something in it: what a process killed while writing leaves
        assertThatThrownBy(() -> Store.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("is damaged")
                .hasMessageContaining("nothing will be written to it")
                .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.DAMAGED));
    }

    @Test
    void aCheckThatFindsDamageRefusesWritesAndTheNextOpen() throws Exception {
        Path file;
        try (Store store = TestStores.bundledCopy(dir)) {
            file = store.database().file();
            assertThat(store.database().check()).isEmpty();
        }
        damage(file);
        try (Store store = Store.open(file)) {
            assertThat(store.database().check()).isNotEmpty();
            assertThatThrownBy(() -> store.platforms().rename("netflix", "N"))
                    .isInstanceOf(StoreException.class)
                    .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.DAMAGED));
        }
        assertThatThrownBy(() -> Store.open(file)).isInstanceOf(StoreException.class).hasMessageContaining("is damaged");
    }

    @Test
    void aReadOnlyStoreReadsAndSaysWhyItCannotWrite() throws Exception {
        Path file;
        String before;
        try (Store store = TestStores.bundledCopy(dir)) {
            file = store.database().file();
            before = TestStores.contentDigest(store);
        }
        try (Database db = Database.open(file, Migrations.latest(), new Database.Options(true, 1000))) {
            Store store = new Store(db);
            assertThat(store.titles().platformCounts()).isNotEmpty();
            assertThat(db.isReadOnly()).isTrue();
            assertThatThrownBy(() -> store.platforms().rename("netflix", "N"))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("is read-only")
                    .hasMessageContaining("nothing was written")
                    .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.READ_ONLY))
                    .satisfies(e -> assertThat(((StoreException) e).message(Locale.FRENCH)).as("in French")
                            .isEqualTo("le fichier de données " + file + " est en lecture seule (ouvert en lecture seule) ; rien "
                                    + "n’a été écrit. La lecture fonctionne ; pour le modifier, copiez-le dans un dossier où vous "
                                    + "pouvez écrire et utilisez --db"));
        }
        try (Store store = Store.open(file)) {
            assertThat(TestStores.contentDigest(store)).isEqualTo(before);
        }
    }

    @Test
    void aNegativeSchemaVersionIsAPlainMessage() throws Exception {
        Path file = dir.resolve("odd.db");
        try (Database db = Database.open(file)) {
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA user_version = -1");
                }
                return null;
            });
        }
        assertThatThrownBy(() -> Store.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version is -1")
                .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.DAMAGED))
                .satisfies(e -> assertThat(((StoreException) e).message(Locale.FRENCH))
                        .startsWith("La version de schéma de ce fichier de données est -1, qu’aucun VOD Compare n’écrit"));
    }

    @Test
    void aStoreHeldByAnotherProgramIsSaidSo() throws Exception {
        Path file;
        try (Store store = TestStores.bundledCopy(dir)) {
            file = store.database().file();
        }
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = other.createStatement()) {
            s.execute("PRAGMA locking_mode = EXCLUSIVE");
            s.execute("BEGIN EXCLUSIVE");
            s.execute("UPDATE platform SET name = name");
            assertThatThrownBy(() -> Database.open(file, Migrations.latest(), new Database.Options(false, 200)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("another program is using the store (" + file.toAbsolutePath() + ")")
                    .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.BUSY))
                    .satisfies(e -> assertThat(((StoreException) e).message(Locale.FRENCH))
                            .startsWith("un autre programme utilise le fichier de données (" + file.toAbsolutePath() + ")"));
            s.execute("ROLLBACK");
        }
    }
}
