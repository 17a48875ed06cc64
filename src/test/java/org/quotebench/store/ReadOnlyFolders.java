package org.quotebench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Makes a folder read-only for the tests: by its permissions, or (for root, whom permissions do not stop) as immutable. */
public final class ReadOnlyFolders {
    private ReadOnlyFolders() {
    }

    /** Whether the folder could be made read-only. */
    public static boolean make(Path folder) throws IOException, InterruptedException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (!Files.isWritable(folder)) {
            return true;
        }
        boolean done = run("chattr", "+i", folder.toString());
        return done && !Files.isWritable(folder);
    }

    public static void undo(Path folder) throws IOException, InterruptedException {
        run("chattr", "-i", folder.toString());
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static boolean run(String... command) throws InterruptedException {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                    .waitFor() == 0;
        } catch (IOException missing) {
            return false;
        }
    }
}
