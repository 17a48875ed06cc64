package org.quotebench.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.quotebench.core.QuotebenchException;
import org.quotebench.store.Workspace;

/**
 * Where an export or a report may be written. Never over the workspace, its log, index or backups,
 * nor over any SQLite file (another workspace, open elsewhere or not); over another existing file
 * only when the user said so ({@code --force}, or the window's confirmation).
 */
public final class ExportTarget {
    private static final List<String> SIDE_FILES = List.of("-wal", "-shm", "-journal");

    private ExportTarget() {
    }

    /**
     * Refuses, with one line, a file that must not be written; does nothing for one that may.
     *
     * @param workspace the open workspace the export reads
     * @param replace whether an existing (ordinary) file may be replaced
     */
    public static void checkFile(Path target, Path workspace, boolean replace) {
        if (Files.isDirectory(target)) {
            throw refused(target, "this is a folder; give the file to write");
        }
        protectWorkspace(target, workspace);
        if (Files.exists(target)) {
            if (Workspace.isSqliteFile(target) || target.getFileName().toString().endsWith(".qb")) {
                throw refused(target, "this is a Quotebench workspace or another SQLite database, which an export never replaces");
            }
            if (!replace) {
                throw refused(target, "the file exists; add --force to replace it");
            }
        }
    }

    /**
     * Refuses a folder a folder export ({@code format}: brat, inception) must not write into: the
     * workspace's backups, a file, or a folder that already has files in it unless {@code replace}.
     */
    public static void checkFolder(ExportFormat format, Path folder, Path workspace, boolean replace) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw refused(folder, format.code() + " writes a folder, and this is a file");
        }
        protectWorkspace(folder, workspace);
        if (!replace && hasFiles(folder)) {
            throw refused(folder, "the folder has files in it; add --force to write the export's files into it");
        }
    }

    /** Whether a folder exists and has anything in it (a folder export would mix its files with them). */
    public static boolean hasFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            return true;
        }
    }

    private static void protectWorkspace(Path target, Path workspace) {
        if (workspace == null) {
            return; // a library on a server: no file of it on this machine to overwrite
        }
        Path wanted = resolved(target);
        Path ws = resolved(workspace);
        if (wanted.equals(ws) || sameFile(target, ws)) {
            throw refused(target, "this is the workspace itself");
        }
        for (String side : SIDE_FILES) {
            Path sideFile = ws.resolveSibling(ws.getFileName() + side);
            if (wanted.equals(sideFile) || sameFile(target, sideFile)) {
                throw refused(target, "this is the workspace's " + side.substring(1) + " file, part of the workspace");
            }
        }
        Path backups = ws.resolveSibling(ws.getFileName() + ".backups");
        if (wanted.startsWith(backups)) {
            throw refused(target, "this is in the workspace's backups folder");
        }
        if (ws.startsWith(wanted)) {
            throw refused(target, "the workspace is in this folder");
        }
    }

    /** Whether both exist and are one file (a hard link, another spelling on a case-insensitive disk). */
    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The path as the file system resolves it: links followed as far as the path exists, and only
     * then {@code ..} (a link's {@code ..} is the parent of where it points, not of the link).
     */
    private static Path resolved(Path path) {
        Path absolute = path.toAbsolutePath();
        Path existing = absolute;
        Path rest = absolute.getFileSystem().getPath("");
        while (existing != null && !Files.exists(existing)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(rest).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }


    private static QuotebenchException refused(Path target, String reason) {
        return new QuotebenchException(target + ": " + reason + ". Nothing was written.");
    }
}
