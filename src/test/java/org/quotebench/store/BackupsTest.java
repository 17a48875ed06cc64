package org.quotebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.core.QuotebenchException;

/** Backups while the workspace is in use, rotation, restore, the full check, and a damaged file on open. */
class BackupsTest {
    @TempDir
    Path dir;

    private Path workspaceWith(int articles) {
        Path file = dir.resolve("news.qb");
        try (Workspace ws = Workspace.open(file)) {
            for (int i = 0; i < articles; i++) {
                ws.articles().importArticle(Drafts.article("Ferry strike day " + i, "Day " + i + ": the ferry crews stayed ashore, "
                        + "the union said. ".repeat(200)));
            }
        }
        return file;
    }

    @Test
    void aBackupIsAConsistentCopyTakenWhileTheWorkspaceIsOpen() {
        Path file = workspaceWith(3);
        try (Workspace ws = Workspace.open(file)) {
            ws.articles().importArticle(Drafts.article("Late news", "The quay reopened at noon, the harbour master said."));
            Backups.Backup backup = Backups.take(file); // the open connection's committed work is in it
            assertThat(backup.file().getParent()).isEqualTo(Backups.folder(file));
            try (Workspace copy = Workspace.open(backup.file())) {
                assertThat(copy.articles().list()).hasSize(4);
            }
            assertThat(Check.run(backup.file()).ok()).isTrue();
        }
        assertThat(Backups.folder(file).toFile().list()).noneMatch(name -> name.endsWith(".part"));
    }

    @Test
    void onlyTheNewestAutomaticBackupsAreKept() {
        Path file = workspaceWith(1);
        for (int i = 0; i < Backups.KEPT + 3; i++) {
            Backups.take(file);
        }
        Path named = Backups.copyTo(file, Backups.folder(file).resolve("before-the-election.qb")).file();
        Path dated = Backups.copyTo(file, Backups.folder(file).resolve("news-20240601-120000.qb")).file();
        Backups.take(file);
        assertThat(Backups.list(file)).hasSize(Backups.KEPT + 2); // backups named by hand are never removed
        assertThat(Files.exists(dated)).isTrue();
        assertThat(Files.exists(named)).isTrue();
        assertThatThrownBy(() -> Backups.copyTo(file, named)).hasMessageContaining("already exists");
    }

    @Test
    void restorePutsTheBackupInPlaceAndKeepsTheReplacedFile() {
        Path file = workspaceWith(2);
        Path backup = Backups.take(file).file();
        try (Workspace ws = Workspace.open(file)) {
            ws.articles().importArticle(Drafts.article("After the backup", "The vote was postponed, the council said."));
        }
        Path kept = Backups.restore(file, backup);
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.articles().list()).hasSize(2);
        }
        try (Workspace old = Workspace.open(kept)) {
            assertThat(old.articles().list()).hasSize(3); // nothing is lost by restoring
        }
    }

    @Test
    void restoreIsRefusedWhileTheWorkspaceIsOpenAndForABackupThatIsNotOne() throws IOException {
        Path file = workspaceWith(1);
        Path backup = Backups.take(file).file();
        try (Workspace ws = Workspace.open(file)) {
            ws.articles().list();
            assertThatThrownBy(() -> Backups.restore(file, backup)).isInstanceOf(QuotebenchException.class)
                    .hasMessageContaining("open in another Quotebench window");
            assertThat(ws.articles().list()).hasSize(1);
        }
        Path notes = Files.writeString(dir.resolve("notes.qb"), "shopping list");
        assertThatThrownBy(() -> Backups.restore(file, notes)).hasMessageContaining("not a Quotebench workspace");
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.articles().list()).hasSize(1);
        }
    }

    @Test
    void aDamagedWorkspaceIsRefusedUnchangedAndTheNewestGoodBackupIsNamed() throws IOException {
        Path file = workspaceWith(40);
        Backups.Backup backup = Backups.take(file);
        damage(file);
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Workspace.open(file)).isInstanceOfSatisfying(DamagedWorkspace.class, e -> {
            assertThat(e.getMessage()).contains("is damaged").contains("It was not changed").contains(backup.file().toString());
            assertThat(e.newestBackup()).map(Backups.Backup::file).contains(backup.file());
        });
        assertThat(java.util.Arrays.equals(Files.readAllBytes(file), before)).as("unchanged by the open").isTrue();
        Check.Report report = Check.run(file);
        assertThat(report.ok()).isFalse();
        assertThat(java.util.Arrays.equals(Files.readAllBytes(file), before)).as("unchanged by the check").isTrue();

        Path kept = Backups.restore(file, Backups.newestGood(file).orElseThrow().file());
        assertThat(java.util.Arrays.equals(Files.readAllBytes(kept), before)).as("the damaged file is kept as it was").isTrue();
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.articles().list()).hasSize(40);
        }
        assertThat(Check.run(file).ok()).isTrue();
    }

    @Test
    void theCheckFindsAQuoteThatNoLongerMatchesItsArticle() throws Exception {
        Path file = workspaceWith(1);
        try (Workspace ws = Workspace.open(file)) {
            long article = ws.articles().list().get(0).id();
            ws.quotes().add(new org.quotebench.core.QuoteDraft(article, new org.quotebench.core.Span(0, 5),
                    org.quotebench.core.QuoteKind.DIRECT, org.quotebench.core.QuoteStatus.ACCEPTED, org.quotebench.core.Verdict.UNCHECKED,
                    java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), List.of(),
                    java.util.Optional.empty(), java.util.Optional.empty()));
        }
        assertThat(Check.run(file).ok()).isTrue();
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                var statement = connection.createStatement()) {
            statement.execute("UPDATE quote SET exact = 'Night'"); // what a buggy program (not Quotebench) might do
        }
        assertThat(Check.run(file).problems()).singleElement().asString().contains("does not match its article");
    }

    /** Overwrites the middle of the file with garbage, as a failing disk might. */
    static void damage(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long pages = raf.length() / 4096;
            for (long page = 2; page < pages; page += 2) {
                raf.seek(page * 4096 + 16);
                raf.write(new byte[200]);
                raf.seek(page * 4096);
                raf.write(new byte[] {13, 0, 0, 0, 1, 0, 0, 0}); // a leaf page header that lies about its cells
            }
        }
    }
}
