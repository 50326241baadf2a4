package fr.vodcompare.app;

import fr.vodcompare.files.AtomicFiles;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes {@link Settings} as JSON. Writing is atomic (a temporary file moved over the old one),
 * so a crash never leaves half a file; a missing or unreadable file gives the defaults.
 * Runs on the calling thread.
 */
public final class SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private final Path file;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    public SettingsStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public Settings load() {
        try {
            return json.readValue(Files.readString(file), Settings.class);
        } catch (NoSuchFileException e) {
            return Settings.DEFAULT;
        } catch (java.io.IOException | JacksonException e) {
            LOG.warn("Settings file {} unreadable; using the defaults", file, e);
            return Settings.DEFAULT;
        }
    }

    public void save(Settings settings) throws Exception {
        String text = json.writeValueAsString(settings);
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.writeText(file, false, out -> {
            out.write(text);
            return null;
        });
    }
}
