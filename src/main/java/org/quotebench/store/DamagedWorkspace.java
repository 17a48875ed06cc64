package org.quotebench.store;

import java.nio.file.Path;
import java.util.Optional;
import org.quotebench.core.QuotebenchException;

/** A workspace that failed SQLite's check on open: it was not changed; the newest good backup, if any, can replace it. */
public final class DamagedWorkspace extends QuotebenchException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final transient Optional<Backups.Backup> newestBackup;

    DamagedWorkspace(Path file, String problems, Optional<Backups.Backup> newestBackup) {
        super(file + " is damaged (" + problems + "). It was not changed. " + newestBackup
                .map(b -> "The newest good backup is " + b.file() + " (taken " + Backups.describe(b.taken()) + "): 'quotebench restore "
                        + b.file() + " -w " + file + "' puts it in place and keeps the damaged file beside it.")
                .orElse("No backup of it was found in " + Backups.folder(file) + "."));
        this.file = file;
        this.newestBackup = newestBackup;
    }

    public Path file() {
        return file;
    }

    public Optional<Backups.Backup> newestBackup() {
        return newestBackup;
    }
}
