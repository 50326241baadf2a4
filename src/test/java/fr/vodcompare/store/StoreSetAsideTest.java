package fr.vodcompare.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreSetAsideTest {
    static final LocalDateTime WHEN = LocalDateTime.of(2024, 3, 9, 7, 5, 2);

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private String names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return String.join(" ", files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void renamesTheFileAndItsJournalsSoThatTheyStillGoTogether() throws Exception {
        Path db = write("vodcompare.db", "garbage");
        write("vodcompare.db-wal", "wal");
        write("vodcompare.db-shm", "shm");
        Path aside = StoreSetAside.setAside(db, WHEN);
        assertThat(aside).isEqualTo(dir.resolve("vodcompare.db.broken-20240309-070502"));
        assertThat(names()).isEqualTo("vodcompare.db.broken-20240309-070502 vodcompare.db.broken-20240309-070502-shm "
                + "vodcompare.db.broken-20240309-070502-wal");
        assertThat(Files.readString(aside)).isEqualTo("garbage");
        assertThat(Files.readString(dir.resolve("vodcompare.db.broken-20240309-070502-wal"))).isEqualTo("wal");
    }

    @Test
    void aRollbackJournalLeftByAKilledLargeImportGoesWithTheFile() throws Exception {
        Path db = write("vodcompare.db", "garbage");
        write("vodcompare.db-journal", "journal");
        StoreSetAside.setAside(db, WHEN);
        assertThat(names()).isEqualTo("vodcompare.db.broken-20240309-070502 vodcompare.db.broken-20240309-070502-journal");
        assertThat(Files.readString(dir.resolve("vodcompare.db.broken-20240309-070502-journal"))).isEqualTo("journal");
    }

    @Test
    void aFileAloneIsRenamedAlone() throws Exception {
        Path db = write("vodcompare.db", "garbage");
        StoreSetAside.setAside(db, WHEN);
        assertThat(names()).isEqualTo("vodcompare.db.broken-20240309-070502");
    }

    @Test
    void anEarlierFileSetAsideInTheSameSecondIsKept() throws Exception {
        write("vodcompare.db.broken-20240309-070502", "first");
        Path db = write("vodcompare.db", "second");
        Path aside = StoreSetAside.setAside(db, WHEN);
        assertThat(aside.getFileName().toString()).isEqualTo("vodcompare.db.broken-20240309-070502-2");
        assertThat(Files.readString(dir.resolve("vodcompare.db.broken-20240309-070502"))).isEqualTo("first");
        assertThat(Files.readString(aside)).isEqualTo("second");
    }

    @Test
    void noFileNothingToSetAside() {
        assertThatThrownBy(() -> StoreSetAside.setAside(dir.resolve("vodcompare.db"), WHEN)).isInstanceOf(IOException.class);
    }

    @Test
    void whenTheFileCannotBeRenamedItsJournalsGoBackBesideIt() throws Exception {
        Path db = write("vodcompare.db", "garbage");
        write("vodcompare.db-wal", "wal");
        write("vodcompare.db-shm", "shm");
        assertThatThrownBy(() -> StoreSetAside.setAside(db, WHEN, (from, to) -> {
            if (from.equals(db)) {
                throw new java.nio.file.AccessDeniedException(from.toString());
            }
            Files.move(from, to);
        })).isInstanceOf(java.nio.file.AccessDeniedException.class);
        assertThat(names()).isEqualTo("vodcompare.db vodcompare.db-shm vodcompare.db-wal");
        assertThat(Files.readString(dir.resolve("vodcompare.db-wal"))).isEqualTo("wal");
    }
}
