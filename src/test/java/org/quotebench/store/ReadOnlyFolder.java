package org.quotebench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A folder a test makes read-only ({@link ReadOnlyFolders#make}), made writable again after each test
 * so that JUnit can delete it: {@code @RegisterExtension final ReadOnlyFolder shared = new ReadOnlyFolder();}.
 */
public final class ReadOnlyFolder implements AfterEachCallback {
    private Path folder;

    /** Creates the folder {@code shared} under {@code parent}, still writable. */
    public Path create(Path parent) throws IOException {
        folder = Files.createDirectories(parent.resolve("shared"));
        return folder;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (folder != null) {
            ReadOnlyFolders.undo(folder);
        }
    }
}
