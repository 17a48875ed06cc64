package org.quotebench.bench;

import java.nio.file.Path;

/**
 * The team's reference material (real articles, the PolNeAR splits, the scorers), never copied into
 * the repository: -Dquotebench.reference=DIR (empty: not given), by default the folder "shared" beside the project's
 * folder (CI has it there; a user's clone does not, and the benchmarks say so).
 */
final class Reference {
    private Reference() {
    }

    /** The reference folder. */
    static Path folder() {
        String given = System.getProperty("quotebench.reference", "");
        return given.isBlank() ? Path.of("").toAbsolutePath().getParent().resolve("shared") : Path.of(given);
    }

    /** A place as a reader of a record can follow it: inside the reference folder as "reference:polnear/train". */
    static String describe(Path place) {
        Path absolute = place.toAbsolutePath().normalize();
        Path folder = folder().toAbsolutePath().normalize();
        return absolute.startsWith(folder) ? "reference:" + folder.relativize(absolute) : absolute.toString();
    }
}
