package fr.vodcompare.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aFileGetsTheUsersUsualPermissionsNotOwnerOnly() throws Exception {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x"); // what any new file of the user gets
        Path written = dir.resolve("export.csv");
        AtomicFiles.writeText(written, false, out -> {
            out.write("a,b\r\n");
            return null;
        });
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(plain);
        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(usual).contains(PosixFilePermission.GROUP_READ);
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = Files.writeString(dir.resolve("settings.json"), "old");
        assertThatThrownBy(() -> AtomicFiles.writeText(target, false, out -> {
            out.write("half");
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void writesTextWithAByteOrderMarkWhenAsked() throws Exception {
        Path target = dir.resolve("t.csv");
        int n = AtomicFiles.writeText(target, true, out -> {
            out.write("é");
            return 1;
        });
        assertThat(n).isEqualTo(1);
        assertThat(Files.readAllBytes(target)).containsExactly(0xEF, 0xBB, 0xBF, 0xC3, 0xA9);
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("\uFEFFé");
    }

    @Test
    void aMissingFolderIsSaid() {
        assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("nope/x.png"), out -> out.write(1)))
                .isInstanceOf(IOException.class).hasMessageContaining("does not exist");
    }
}
