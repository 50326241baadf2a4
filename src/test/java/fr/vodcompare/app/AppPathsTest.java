package fr.vodcompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {
    @Test
    void linuxUsesXdgDataHomeOrItsDefault() {
        assertThat(AppPaths.dataDir(Map.of("XDG_DATA_HOME", "/x/data"), "Linux", "/home/u")).isEqualTo(Path.of("/x/data/vodcompare"));
        assertThat(AppPaths.dataDir(Map.of(), "Linux", "/home/u")).isEqualTo(Path.of("/home/u/.local/share/vodcompare"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(AppPaths.dataDir(Map.of("APPDATA", "/c/Users/u/AppData/Roaming"), "Windows 11", "/c/Users/u"))
                .isEqualTo(Path.of("/c/Users/u/AppData/Roaming/VodCompare"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(AppPaths.dataDir(Map.of(), "Mac OS X", "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/VodCompare"));
    }
}
