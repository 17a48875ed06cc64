package org.quotebench.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files written beside their target and moved into place when complete (exports, backups, restores).
 * Each carries the writing program's process id, so that one left behind by a killed program is
 * recognised and removed the next time its folder is used (once it has been left alone for ten
 * minutes), and one a program on this computer is still writing never is. Their names start with a dot or end in {@code .part} / {@code .restoring}: never
 * taken for articles or workspaces.
 */
public final class PartFiles {
    private static final Pattern PART = Pattern.compile(".+\\.quotebench-(\\d{1,18})(?:-\\d{1,18})?\\.(?:part|restoring)");
    private static final java.util.concurrent.atomic.AtomicLong NEXT = new java.util.concurrent.atomic.AtomicLong();

    private PartFiles() {
    }

    /** {@code .NAME.quotebench-PID-N.part} beside {@code target}: an export's file while it is written. */
    public static Path hidden(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".quotebench-" + ProcessHandle.current().pid() + "-"
                + NEXT.incrementAndGet() + ".part");
    }

    /** {@code NAME.quotebench-PID.SUFFIX} beside {@code target} (backups: {@code .part}; restores: {@code .restoring}). */
    static Path beside(Path target, String suffix) {
        return target.resolveSibling(target.getFileName() + ".quotebench-" + ProcessHandle.current().pid() + suffix);
    }

    /** Removes the part files of programs that are no longer running from {@code folder}; returns how many. */
    public static int removeLeftovers(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS) && leftover(entry, java.time.Instant.now())) {
                    try {
                        Files.deleteIfExists(entry);
                        removed++;
                    } catch (IOException e) {
                        // Not ours to remove (another user's, a read-only folder): it stays, harmlessly.
                    }
                }
            }
        } catch (IOException e) {
            return removed;
        }
        return removed;
    }

    /** Whether a name is a part file whose program is gone from this computer. */
    static boolean leftover(String name) {
        Matcher matcher = PART.matcher(name);
        if (!matcher.matches()) {
            return false;
        }
        long pid = Long.parseLong(matcher.group(1));
        return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    /**
     * Whether a part file is a leftover: its program is not running here and it has not changed for
     * {@link #QUIET} (a program in another process namespace, or on another computer sharing the
     * folder, may still be writing it: a writer changes its file all the time).
     */
    static boolean leftover(Path file, java.time.Instant now) {
        return leftover(file.getFileName().toString()) && quiet(file, now);
    }

    /** Whether a file has not changed for {@link #QUIET}. */
    private static boolean quiet(Path file, java.time.Instant now) {
        try {
            return Files.getLastModifiedTime(file, java.nio.file.LinkOption.NOFOLLOW_LINKS).toInstant().plus(QUIET).isBefore(now);
        } catch (IOException gone) {
            return false;
        }
    }

    /**
     * Removes {@code NAME.qb.restoring}, the part file a killed restore left before part files named
     * their program, once it has been quiet as long as any leftover.
     */
    static void removeOlderRestore(Path workspace) {
        Path older = workspace.resolveSibling(workspace.getFileName() + ".restoring");
        if (Files.isRegularFile(older, java.nio.file.LinkOption.NOFOLLOW_LINKS) && quiet(older, java.time.Instant.now())) {
            try {
                Files.deleteIfExists(older);
            } catch (IOException e) {
                // it stays, harmlessly: nothing reads it
            }
        }
    }

    /** How long a part file must have been left alone before it counts as a leftover. */
    static final java.time.Duration QUIET = java.time.Duration.ofMinutes(10);
}
