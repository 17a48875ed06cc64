package org.quotebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.app.Main;

/**
 * Something else in our process (the GTK file chooser sniffing a file's type) opens and closes the
 * workspace file while it is open. With plain POSIX advisory locks, that close drops all of the
 * process's locks: a command run meanwhile then thinks it is the last user, checkpoints and deletes
 * the -wal file, and every later change of ours goes to a deleted file. Decision 15.
 */
class ForeignDescriptorTest {
    @TempDir
    Path dir;

    @Test
    void changesAfterAnotherDescriptorWasClosedReachTheFile() throws Exception {
        assumeTrue(KeptLocks.supported(), "only Linux has locks a foreign close cannot drop (decision 15)");
        Path file = dir.resolve("ws.qb");
        try (Workspace window = Workspace.open(file)) {
            window.speakers().findOrCreate("Renée Okafor");
            try (InputStream sniff = Files.newInputStream(file)) {
                sniff.readNBytes(16); // what a file dialog does to learn the file's type
            }
            assertThat(run("speaker", "list", "-w", file.toString())).contains("Renée Okafor");

            window.speakers().findOrCreate("Tom Hale");

            assertThat(run("speaker", "list", "-w", file.toString())).contains("Renée Okafor").contains("Tom Hale");
        }
        assertThat(run("speaker", "list", "-w", file.toString())).contains("Tom Hale");
    }

    /** The window reopens a workspace before closing the old one: closing the old one must not drop the new one's locks. */
    @Test
    void twoWorkspacesOnOneFileInOneProgramShareTheirLocks() throws Exception {
        assumeTrue(KeptLocks.supported(), "only Linux has locks a foreign close cannot drop (decision 15)");
        Path file = dir.resolve("ws.qb");
        try (Workspace reopened = Workspace.open(file)) {
            Workspace old = Workspace.open(file);
            assertThat(old.locks().count()).isEqualTo(reopened.locks().count()).isEqualTo(2);
            old.close();
            assertThat(reopened.locks().count()).as("still held for the one left open").isEqualTo(2);
            try (InputStream sniff = Files.newInputStream(file)) {
                sniff.readNBytes(16);
            }
            assertThat(run("speaker", "list", "-w", file.toString())).doesNotContain("Tom Hale");
            reopened.speakers().findOrCreate("Tom Hale");
            assertThat(run("speaker", "list", "-w", file.toString())).contains("Tom Hale");
        }
    }

    @Test
    void theWorkspaceStaysUsableByOthersAfterItIsClosed() throws Exception {
        Path file = dir.resolve("ws.qb");
        try (Workspace window = Workspace.open(file)) {
            window.speakers().findOrCreate("Renée Okafor");
        }
        assertThat(run("speaker", "add", "Tom Hale", "-w", file.toString())).contains("Tom Hale");
        try (Workspace again = Workspace.open(file)) {
            assertThat(again.speakers().list()).extracting(s -> s.name()).containsExactly("Renée Okafor", "Tom Hale");
        }
        assertThat(Files.exists(dir.resolve("ws.qb-wal"))).as("the last program to close removes the log").isFalse();
    }

    /** Runs a command in a second program, as a user's terminal would, and returns what it printed. */
    private static String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }
}
