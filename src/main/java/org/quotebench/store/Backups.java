package org.quotebench.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.quotebench.core.QuotebenchException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Snapshots of a workspace in the folder beside it ({@code NAME.backups/}): taken with
 * {@code VACUUM INTO} through a connection of their own (so editing goes on meanwhile), written
 * under a temporary name and moved into place when complete, the oldest automatic ones removed
 * beyond {@link #KEPT}. Restoring checks the backup first and keeps the current file as it was.
 */
public final class Backups {
    /** How many automatic backups are kept. */
    public static final int KEPT = 5;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /** One backup file and when it was taken. */
    public record Backup(Path file, Instant taken, long bytes) {
    }

    private Backups() {
    }

    /** The folder that holds a workspace's backups. */
    public static Path folder(Path workspace) {
        Path absolute = workspace.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".backups");
    }

    /** Takes a backup now and removes the oldest automatic ones beyond {@link #KEPT}. */
    public static Backup take(Path workspace) {
        Path absolute = workspace.toAbsolutePath().normalize();
        Path folder = folder(absolute);
        String base = absolute.getFileName().toString().replaceFirst("\\.qb$", "");
        Path target = folder.resolve(base + "-" + LocalDateTime.now().format(STAMP) + ".qb");
        Backup backup = copyTo(absolute, target);
        prune(folder, base);
        return backup;
    }

    /** Copies the workspace, as one consistent snapshot, to {@code target} (which must not exist). */
    public static Backup copyTo(Path workspace, Path target) {
        Path absolute = workspace.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new QuotebenchException(absolute + ": no such workspace to back up.");
        }
        if (Files.exists(target)) {
            throw new QuotebenchException(target + " already exists; choose another name.");
        }
        Path part = PartFiles.beside(target, ".part");
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            PartFiles.removeLeftovers(target.toAbsolutePath().getParent());
            Files.deleteIfExists(part);
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + absolute, readOnly());
                    Statement statement = connection.createStatement()) {
                statement.setQueryTimeout(30);
                statement.execute("VACUUM INTO '" + part.toString().replace("'", "''") + "'");
            }
            flush(part); // VACUUM INTO does not sync: the backup must be on the disk before it counts as one
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            return new Backup(target, Instant.now(), Files.size(target));
        } catch (SQLException e) {
            deleteQuietly(part);
            throw new StoreException(absolute + ": backing up to " + target + " failed: " + StoreException.explain(e)
                    + ". The workspace was not changed.", e);
        } catch (IOException e) {
            deleteQuietly(part);
            throw new QuotebenchException(absolute + ": backing up to " + target + " failed (" + e.getMessage()
                    + "). The workspace was not changed.", e);
        }
    }

    /** The workspace's backups, newest first. */
    public static List<Backup> list(Path workspace) {
        Path folder = folder(workspace);
        List<Backup> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.qb")) {
            for (Path file : files) {
                found.add(new Backup(file, Files.getLastModifiedTime(file).toInstant(), Files.size(file)));
            }
        } catch (IOException e) {
            throw new QuotebenchException(folder + ": cannot list the backups (" + e.getMessage() + ").", e);
        }
        found.sort(Comparator.comparing(Backup::taken).thenComparing(b -> b.file().getFileName().toString()).reversed());
        return found;
    }

    /** The newest backup that passes SQLite's quick check, if any. */
    public static Optional<Backup> newestGood(Path workspace) {
        for (Backup backup : list(workspace)) {
            try {
                WorkspaceFile.inspect(backup.file(), Workspace.FORMAT);
                return Optional.of(backup);
            } catch (QuotebenchException damaged) {
                // try the one before
            }
        }
        return Optional.empty();
    }

    /**
     * Replaces the workspace with a backup. The backup is checked first; the current file (and its
     * WAL) is kept beside it as {@code NAME.before-restore-DATE.qb}. Nothing may have the workspace
     * open: close the window on it first.
     */
    public static Path restore(Path workspace, Path backup) {
        Path absolute = linkTarget(workspace.toAbsolutePath().normalize());
        Path from = backup.toAbsolutePath().normalize();
        if (!Files.isRegularFile(from)) {
            throw new QuotebenchException(from + ": no such backup.");
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            throw new QuotebenchException(absolute + " is read-only (someone else's, or protected): a restore would replace it. "
                    + "Nothing was changed.");
        }
        if (WorkspaceFile.inspect(from, Workspace.FORMAT).formatVersion() == 0) {
            throw new QuotebenchException(from + " is empty, not a backup of a workspace. Nothing was changed.");
        }
        Path kept = absolute.resolveSibling(absolute.getFileName().toString().replaceFirst("\\.qb$", "") + ".before-restore-"
                + LocalDateTime.now().format(STAMP) + ".qb");
        Path part = PartFiles.beside(absolute, ".restoring");
        List<Path> sides = List.of(side(absolute, "-wal"), side(absolute, "-shm"));
        boolean existed = Files.exists(absolute);
        boolean sidesRemoved = false;
        try {
            if (existed) {
                // Byte copies before SQLite opens it: the replaced file is kept exactly as it was, WAL and all.
                Files.copy(absolute, kept, StandardCopyOption.COPY_ATTRIBUTES);
                for (Path side : sides) {
                    if (Files.exists(side)) {
                        Files.copy(side, side(kept, suffix(side)), StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
                WorkspaceLock.requireUnused(absolute);
            }
            // The backup keeps its date, so the next automatic backup does not see a change and evict a good one.
            Files.copy(from, part, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            flush(part);
            sidesRemoved = true;
            for (Path side : sides) {
                Files.deleteIfExists(side); // the old WAL must never be applied to the restored file
            }
            Files.move(part, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return existed ? kept : null;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(part);
            String keptNote = undo(existed, sidesRemoved, sides, kept);
            if (e instanceof QuotebenchException refused) {
                throw refused;
            }
            throw new QuotebenchException(absolute + ": restoring " + from + " failed (" + e.getMessage() + ")." + keptNote, e);
        }
    }

    /** A workspace reached through a symbolic link is the file the link points to: restored there, the link kept. */
    private static Path linkTarget(Path workspace) {
        try {
            return Files.isSymbolicLink(workspace) ? workspace.toRealPath() : workspace;
        } catch (IOException e) {
            return workspace; // a dangling link: restoring creates nothing behind it; the error comes from the copy
        }
    }

    /**
     * After a failed restore: puts back the WAL files if they were removed, and drops the copies of
     * the workspace when it is whole where it was. Returns a note for the message when copies stay.
     */
    private static String undo(boolean existed, boolean sidesRemoved, List<Path> sides, Path kept) {
        if (!existed) {
            return "";
        }
        boolean whole = true;
        if (sidesRemoved) {
            for (Path side : sides) {
                Path copy = side(kept, suffix(side));
                try {
                    if (Files.exists(copy)) {
                        Files.copy(copy, side, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } catch (IOException e) {
                    whole = false;
                }
            }
        }
        if (!whole) {
            return " The workspace as it was is kept as " + kept + ".";
        }
        deleteQuietly(kept);
        sides.forEach(side -> deleteQuietly(side(kept, suffix(side))));
        return " The workspace was not changed.";
    }

    private static Path side(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static String suffix(Path side) {
        String name = side.getFileName().toString();
        return name.substring(name.lastIndexOf('-'));
    }

    /** Makes sure a written file is on the disk before it is moved into place. */
    private static void flush(Path file) throws IOException {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Removes the oldest automatic backups (named NAME-yyyyMMdd-HHmmss-SSS.qb) beyond {@link #KEPT}; others are left alone. */
    private static void prune(Path folder, String base) {
        java.util.regex.Pattern automaticName = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(base)
                + "-\\d{8}-\\d{6}-\\d{3}\\.qb");
        List<Path> automatic = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.qb")) {
            files.forEach(file -> {
                if (automaticName.matcher(file.getFileName().toString()).matches()) {
                    automatic.add(file);
                }
            });
        } catch (IOException e) {
            return; // keeping too many backups is better than failing the one just taken
        }
        automatic.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        for (Path old : automatic.subList(Math.min(KEPT, automatic.size()), automatic.size())) {
            deleteQuietly(old);
        }
    }

    /** When the file was last changed (its WAL included), for deciding whether a new backup is due. */
    public static Instant lastChanged(Path workspace) {
        Instant newest = Instant.EPOCH;
        for (String suffix : new String[] {"", "-wal"}) {
            Path file = workspace.resolveSibling(workspace.getFileName() + suffix);
            try {
                Instant at = Files.getLastModifiedTime(file).toInstant();
                newest = at.isAfter(newest) ? at : newest;
            } catch (IOException missing) {
                // no WAL: fine
            }
        }
        return newest;
    }

    static String describe(Instant taken) {
        return LocalDateTime.ofInstant(taken, ZoneId.systemDefault()).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    private static java.util.Properties readOnly() {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.setBusyTimeout(10000);
        return config.toProperties();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stray temporary file is harmless
        }
    }
}
