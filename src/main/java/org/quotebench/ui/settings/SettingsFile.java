package org.quotebench.ui.settings;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Reads and writes the settings file. A missing or unreadable file means default settings: the
 * window must always start. Writes go to a temporary file that replaces the old one, so a crash
 * never leaves half a file.
 */
public final class SettingsFile {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(50).build());
    }

    private final Path file;

    public SettingsFile(Path file) {
        this.file = file;
    }

    /** The user's settings file; the system property quotebench.settings overrides it (tests use this). */
    public static SettingsFile forUser() {
        String override = System.getProperty("quotebench.settings");
        return new SettingsFile(override != null ? Path.of(override)
                : defaultPath(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", ".")));
    }

    static Path defaultPath(Map<String, String> env, String osName, String home) {
        return org.quotebench.core.ConfigFolder.of(env, osName, home).resolve("settings.json");
    }

    public Path path() {
        return file;
    }

    public Settings load() {
        if (!Files.isRegularFile(file)) {
            return new Settings();
        }
        try {
            Settings settings = JSON.readValue(file.toFile(), Settings.class);
            return settings == null ? new Settings() : settings;
        } catch (IOException | RuntimeException e) {
            return new Settings(); // a damaged settings file costs the layout, never the start
        }
    }

    /** Saves; a failure to save is not worth bothering the user about while they close the window. */
    public boolean save(Settings settings) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(temporary.toFile(), settings);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
