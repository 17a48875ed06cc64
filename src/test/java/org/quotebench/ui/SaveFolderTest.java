package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.ui.settings.Settings;

/** Issue 19.1: save dialogs open in the last export folder or the documents folder, never the program's folder. */
class SaveFolderTest {
    @TempDir
    Path home;

    @Test
    void theDocumentsFolderComesFromUserDirsThenTheUsualNameThenHome() throws Exception {
        assertThat(SaveFolder.documents(Map.of(), home)).isEqualTo(home);
        Files.createDirectories(home.resolve("Documents"));
        assertThat(SaveFolder.documents(Map.of(), home)).isEqualTo(home.resolve("Documents"));
        Files.createDirectories(home.resolve("Dokumente"));
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/user-dirs.dirs"), "# written by xdg-user-dirs-update\n"
                + "XDG_DESKTOP_DIR=\"$HOME/Schreibtisch\"\nXDG_DOCUMENTS_DIR=\"$HOME/Dokumente\"\n");
        assertThat(SaveFolder.documents(Map.of(), home)).isEqualTo(home.resolve("Dokumente"));
        assertThat(SaveFolder.documents(Map.of("XDG_CONFIG_HOME", home.resolve("elsewhere").toString()), home))
                .isEqualTo(home.resolve("Documents"));
    }

    @Test
    void theLastExportFolderComesFirstWhileItExists() throws Exception {
        Settings settings = new Settings();
        SaveFolder folder = new SaveFolder(settings);
        Path exports = Files.createDirectories(home.resolve("exports"));
        folder.used(exports.resolve("quotes.csv").toFile());
        assertThat(settings.lastExportFolder).isEqualTo(exports.toString());
        assertThat(folder.initial().toPath()).isEqualTo(exports);
        Files.delete(exports);
        assertThat(folder.initial().toPath()).isNotEqualTo(exports).isNotEqualTo(Path.of("").toAbsolutePath());
    }
}
