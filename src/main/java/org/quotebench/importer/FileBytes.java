package org.quotebench.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a whole file, refusing missing, unreadable and oversized files before reading them. */
final class FileBytes {
    private static final long MB = 1024L * 1024;

    private FileBytes() {
    }

    static byte[] read(Path file, long maxBytes) {
        String shown = file.toString();
        if (Files.isDirectory(file)) {
            throw new RefusedFile(shown, Files.isReadable(file) ? "is a folder, not a file"
                    : "is a folder that cannot be read (permission denied)");
        }
        if (!Files.exists(file)) {
            throw new RefusedFile(shown, "no such file or folder");
        }
        if (!Files.isRegularFile(file)) {
            // A device or pipe could be endless; only plain files are read.
            throw new RefusedFile(shown, "not a regular file");
        }
        try {
            long size = Files.size(file);
            checkSize(shown, size, maxBytes);
            try (InputStream in = Files.newInputStream(file)) {
                // Read one byte past the limit so a file that grew since it was measured is still refused.
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                checkSize(shown, bytes.length, maxBytes);
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new RefusedFile(shown, "no such file or folder");
        } catch (AccessDeniedException e) {
            throw new RefusedFile(shown, "cannot be read (permission denied)");
        } catch (FileSystemException e) {
            throw new RefusedFile(shown, "cannot be read (" + (e.getReason() == null ? "file system error" : e.getReason()) + ")");
        } catch (IOException | SecurityException e) {
            throw new RefusedFile(shown, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    static void checkSize(String shown, long size, long maxBytes) {
        if (size > maxBytes) {
            throw new RefusedFile(shown, "larger than the " + megabytes(maxBytes) + " MB limit (" + megabytes(size) + " MB)");
        }
    }

    /** Whole megabytes when exact, else one decimal rounded up, so that 50 MB and 1 byte never reads "50 MB". */
    static String megabytes(long bytes) {
        if (bytes % MB == 0) {
            return Long.toString(bytes / MB);
        }
        double tenths = Math.ceil(bytes * 10.0 / MB) / 10.0;
        return tenths == Math.floor(tenths) ? Long.toString((long) tenths) : String.format(Locale.ROOT, "%.1f", tenths);
    }
}
