package org.quotebench.importer;

import java.nio.file.Path;
import java.util.List;

/** Placeholder until the importer lands: files as given. */
public final class ImportSources {
    private ImportSources() {
    }

    public static List<Path> expand(List<Path> paths) {
        return List.copyOf(paths);
    }
}
