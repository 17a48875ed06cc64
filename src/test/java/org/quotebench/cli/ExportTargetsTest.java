package org.quotebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quotebench.store.Workspace;

/** Issue 19.1, 11, 15: an export or report never replaces the workspace, any SQLite file, or (without --force) any file. */
class ExportTargetsTest {
    @TempDir
    Path dir;
    private Path workspace;
    private byte[] workspaceBytes;

    @BeforeEach
    void aWorkspaceWithAQuote() throws Exception {
        workspace = dir.resolve("a.qb");
        Path file = Files.writeString(dir.resolve("ferry.txt"), ExportCommandTest.ARTICLE);
        assertThat(CliRun.run(workspace, "import", file.toString(), "--suggest").exitCode()).isZero();
        assertThat(CliRun.run(workspace, "event", "add", "Ferry strike").exitCode()).isZero();
        assertThat(CliRun.run(workspace, "event", "link", "Ferry strike", "1").exitCode()).isZero();
        workspaceBytes = Files.readAllBytes(workspace);
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "jsonl", "bundle", "w3c", "claimreview", "spacy", "label-studio", "doccano"})
    void anExportOntoItsOwnWorkspaceIsRefusedAndChangesNothing(String format) throws Exception {
        CliRun run = CliRun.run(workspace, "export", "--format", format, workspace.toString(), "--force");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo(workspace + ": this is the workspace itself. Nothing was written.");
        assertStillWhole();
    }

    @Test
    void theWorkspacesSideFilesAndBackupsAreRefused() throws Exception {
        assertThat(CliRun.run(workspace, "backup").exitCode()).isZero();
        Path backup = Files.list(dir.resolve("a.qb.backups")).findFirst().orElseThrow();
        for (Path target : List.of(dir.resolve("a.qb-wal"), dir.resolve("a.qb-shm"), backup, dir.resolve("a.qb.backups/new.csv"))) {
            CliRun run = CliRun.run(workspace, "export", "--format", "csv", target.toString(), "--force");
            assertThat(run.exitCode()).as(target.toString()).isEqualTo(1);
            assertThat(run.err()).contains(target.toString()).contains("Nothing was written");
        }
        assertThat(Files.exists(dir.resolve("a.qb.backups/new.csv"))).isFalse();
        assertThat(CliRun.run(workspace, "check").exitCode()).isZero();
    }

    @Test
    void aLinkToTheWorkspaceAndAPathThatLeadsToItAreRefused() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), workspace);
        Files.createDirectories(dir.resolve("sub"));
        for (String target : List.of(link.toString(), dir.resolve("sub/../a.qb").toString())) {
            CliRun run = CliRun.run(workspace, "export", "--format", "csv", target, "--force");
            assertThat(run.exitCode()).as(target).isEqualTo(1);
            assertThat(run.err()).contains("this is the workspace itself");
        }
        assertStillWhole();
    }

    @Test
    void aLinkFollowedByDotDotThatLeadsToTheLogIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("x"));
        Path below = Files.createDirectories(dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("x/lnk"), below);
        // Written as text this is x/a.qb-wal; the file system takes lnk to sub, and .. to the workspace's folder.
        String target = dir.resolve("x/lnk/../a.qb-wal").toString();
        CliRun run = CliRun.run(workspace, "export", "--format", "csv", target, "--force");
        assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
        assertThat(run.err()).contains("the workspace's wal file");
        assertThat(Files.exists(dir.resolve("x/a.qb-wal"))).isFalse();
        assertStillWhole();
    }

    @Test
    void aBratFileThatIsALinkToTheWorkspaceIsReplacedNotWrittenThrough() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("brat"));
        Path link = Files.createSymbolicLink(folder.resolve("annotation.conf"), workspace);
        assertThat(CliRun.run(workspace, "export", "--format", "brat", folder.toString(), "--force").exitCode()).isZero();
        assertThat(Files.isSymbolicLink(link)).isFalse();
        assertThat(Files.readString(link)).contains("[entities]");
        assertStillWhole();
    }

    @Test
    void anExportGetsWhatTheUmaskGivesANewFile() throws Exception {
        Path out = dir.resolve("umask.csv");
        List<String> command = List.of("sh", "-c", "umask 027 && exec \"$0\" -cp \"$1\" org.quotebench.app.Main export --format csv \"$2\" -w \"$3\"",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), System.getProperty("java.class.path"), out.toString(),
                workspace.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(printed).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r-----");
    }

    @Test
    void anotherWorkspaceEvenOneOpenElsewhereIsNeverReplaced() throws Exception {
        Path other = dir.resolve("b.qb");
        try (Workspace open = Workspace.open(other)) {
            open.speakers().findOrCreate("Renée Okafor");
            for (String format : List.of("csv", "bundle", "jsonl")) {
                CliRun run = CliRun.run(workspace, "export", "--format", format, other.toString(), "--force");
                assertThat(run.exitCode()).isEqualTo(1);
                assertThat(run.err()).contains("a Quotebench workspace or another SQLite database");
            }
            assertThat(open.speakers().list()).hasSize(1);
        }
        Path renamed = Files.copy(workspace, dir.resolve("copy.jsonl"));
        assertThat(CliRun.run(workspace, "export", "--format", "jsonl", renamed.toString(), "--force").exitCode()).isEqualTo(1);
    }

    @Test
    void compareReportsAreRefusedOnTheWorkspaceToo() throws Exception {
        for (String option : List.of("--html", "--csv")) {
            CliRun run = CliRun.run(workspace, "compare", "--event", "Ferry strike", option, workspace.toString(), "--force");
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("this is the workspace itself");
        }
        assertStillWhole();
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForce() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.csv"), "my notes");
        CliRun refused = CliRun.run(workspace, "export", "--format", "csv", notes.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err().strip()).isEqualTo(notes + ": the file exists; add --force to replace it. Nothing was written.");
        assertThat(Files.readString(notes)).isEqualTo("my notes");
        assertThat(CliRun.run(workspace, "export", "--format", "csv", notes.toString(), "--force").exitCode()).isZero();
        assertThat(Files.readString(notes)).contains("Yusuf Demir");

        Path report = Files.writeString(dir.resolve("report.html"), "mine");
        assertThat(CliRun.run(workspace, "compare", "--event", "Ferry strike", "--html", report.toString()).exitCode()).isEqualTo(1);
        assertThat(Files.readString(report)).isEqualTo("mine");
        assertThat(CliRun.run(workspace, "compare", "--event", "Ferry strike", "--html", report.toString(), "--force").exitCode()).isZero();
        assertThat(Files.readString(report)).contains("<html");
    }

    @Test
    void aSplitChecksEveryPartBeforeWritingAny() throws Exception {
        Files.writeString(dir.resolve("set-test.jsonl"), "kept");
        CliRun run = CliRun.run(workspace, "export", "--format", "jsonl", dir.resolve("set.jsonl").toString(), "--split", "80/10/10",
                "--status", "any");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("set-test.jsonl: the file exists");
        assertThat(Files.exists(dir.resolve("set-train.jsonl"))).isFalse();
        assertThat(Files.readString(dir.resolve("set-test.jsonl"))).isEqualTo("kept");
    }

    @Test
    void bratWritesIntoAFolderWithFilesOnlyWithForce() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("brat"));
        Files.writeString(folder.resolve("annotation.conf"), "mine");
        CliRun run = CliRun.run(workspace, "export", "--format", "brat", folder.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("the folder has files in it; add --force");
        assertThat(Files.readString(folder.resolve("annotation.conf"))).isEqualTo("mine");
        assertThat(CliRun.run(workspace, "export", "--format", "brat", folder.toString(), "--force").exitCode()).isZero();
        assertThat(CliRun.run(workspace, "export", "--format", "brat", dir.toString(), "--force").err())
                .contains("the workspace is in this folder");
    }

    @Test
    void exportsGetThePermissionsOfAnyNewFileAndAReplacedFileKeepsItsOwn() throws Exception {
        Path fresh = Files.createFile(dir.resolve("fresh"));
        Path out = dir.resolve("quotes.csv");
        assertThat(CliRun.run(workspace, "export", "--format", "csv", out.toString()).exitCode()).isZero();
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(fresh));
        Path report = dir.resolve("r.html");
        assertThat(CliRun.run(workspace, "compare", "--event", "Ferry strike", "--html", report.toString()).exitCode()).isZero();
        assertThat(Files.getPosixFilePermissions(report)).isEqualTo(Files.getPosixFilePermissions(fresh));

        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));
        assertThat(CliRun.run(workspace, "export", "--format", "csv", out.toString(), "--force").exitCode()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r-----");
    }

    @Test
    void aKilledExportsPartFileIsRemovedTheNextTimeTheFolderIsUsedAndALiveOneIsNot() throws Exception {
        Path dead = Files.writeString(dir.resolve(".quotes.csv.quotebench-999999999-1.part"), "half");
        Files.setLastModifiedTime(dead, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));
        Path live = Files.writeString(dir.resolve(".quotes.csv.quotebench-" + ProcessHandle.current().pid() + "-77.part"), "half");
        Files.setLastModifiedTime(live, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));
        Path usersOwn = Files.writeString(dir.resolve("draft.2024.part"), "mine");
        assertThat(CliRun.run(workspace, "export", "--format", "csv", dir.resolve("other.csv").toString()).exitCode()).isZero();
        assertThat(dead).doesNotExist();
        assertThat(live).exists();
        assertThat(usersOwn).exists();
        assertThat(CliRun.run(workspace, "import", dir.toString(), "--json").json().get("imported")).hasSize(0);
    }

    private void assertStillWhole() throws Exception {
        assertThat(Files.readAllBytes(workspace)).isEqualTo(workspaceBytes);
        CliRun list = CliRun.run(workspace, "quote", "list", "--json");
        assertThat(list.exitCode()).isZero();
        assertThat(list.json()).hasSize(2);
    }
}
