package org.quotebench.ui;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotebench.ui.settings.Settings;

/**
 * Where the window's save and export dialogs open: the folder of the last export, else the user's
 * documents folder, else the home folder. Never the folder the program was started from (a source
 * checkout, the program's own folder), where a file dialog opens when told nothing.
 */
public final class SaveFolder {
    private static final Pattern DOCUMENTS = Pattern.compile("^XDG_DOCUMENTS_DIR=\"(.*)\"\\s*$", Pattern.MULTILINE);
    private final Settings settings;

    public SaveFolder(Settings settings) {
        this.settings = settings;
    }

    /** The folder a save dialog should open in; it exists. */
    public File initial() {
        return Optional.ofNullable(settings.lastExportFolder).map(Path::of).filter(Files::isDirectory)
                .orElseGet(() -> documents(System.getenv(), Path.of(System.getProperty("user.home", ".")))).toFile();
    }

    /** Remembers the folder of a file (or the folder) the user chose to save to. */
    public void used(File chosen) {
        File folder = chosen.isDirectory() ? chosen : chosen.getAbsoluteFile().getParentFile();
        if (folder != null) {
            settings.lastExportFolder = folder.getAbsolutePath();
        }
    }

    /**
     * The user's documents folder: {@code XDG_DOCUMENTS_DIR} from {@code user-dirs.dirs} (Linux, in the
     * user's language), else {@code ~/Documents}, else the home folder; always one that exists.
     */
    static Path documents(Map<String, String> env, Path home) {
        String config = env.get("XDG_CONFIG_HOME");
        Path dirs = (config != null && !config.isBlank() ? Path.of(config) : home.resolve(".config")).resolve("user-dirs.dirs");
        try {
            Matcher matcher = DOCUMENTS.matcher(Files.readString(dirs, StandardCharsets.UTF_8));
            if (matcher.find()) {
                Path named = Path.of(matcher.group(1).replace("$HOME", home.toString()));
                if (named.isAbsolute() && Files.isDirectory(named) && !named.equals(home)) {
                    return named;
                }
            }
        } catch (IOException | RuntimeException e) {
            // no such file, or one we cannot read: the usual name below
        }
        Path usual = home.resolve("Documents");
        return Files.isDirectory(usual) ? usual : home;
    }
}
