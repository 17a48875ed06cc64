package org.quotebench.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {
    @TempDir
    Path dir;

    @Test
    void whatIsSavedComesBack() {
        SettingsFile file = new SettingsFile(dir.resolve("sub/settings.json"));
        Settings settings = new Settings();
        settings.width = 1200;
        settings.dark = true;
        settings.opened("/a.qb");
        settings.opened("/b.qb");
        settings.opened("/a.qb");
        settings.openWorkspace = "/a.qb";
        settings.openArticles = List.of(3L, 0L, 7L);
        settings.focusedPane = 2;
        assertThat(file.save(settings)).isTrue();
        Settings read = file.load();
        assertThat(read.width).isEqualTo(1200);
        assertThat(read.dark).isTrue();
        assertThat(read.recentWorkspaces).containsExactly("/a.qb", "/b.qb");
        assertThat(read.openArticles).containsExactly(3L, 0L, 7L);
        assertThat(read.focusedPane).isEqualTo(2);
    }

    @Test
    void aMissingOrDamagedFileGivesDefaults() throws IOException {
        assertThat(new SettingsFile(dir.resolve("none.json")).load().width).isEqualTo(1400);
        Path damaged = Files.writeString(dir.resolve("damaged.json"), "{\"width\": [[[[");
        assertThat(new SettingsFile(damaged).load().quotesTableShown).isTrue();
        Path newer = Files.writeString(dir.resolve("newer.json"), "{\"width\": 999, \"somethingNew\": true}");
        assertThat(new SettingsFile(newer).load().width).isEqualTo(999);
    }

    @Test
    void theRecentListKeepsTheNewestEight() {
        Settings settings = new Settings();
        for (int i = 0; i < 12; i++) {
            settings.opened("/w" + i + ".qb");
        }
        assertThat(settings.recentWorkspaces).hasSize(Settings.MOST_RECENT).first().isEqualTo("/w11.qb");
    }

    @Test
    void theFileLivesInThePlatformsConfigFolder() {
        assertThat(SettingsFile.defaultPath(Map.of("XDG_CONFIG_HOME", "/cfg"), "Linux", "/home/ana"))
                .isEqualTo(Path.of("/cfg/quotebench/settings.json"));
        assertThat(SettingsFile.defaultPath(Map.of(), "Linux", "/home/ana"))
                .isEqualTo(Path.of("/home/ana/.config/quotebench/settings.json"));
    }
}
