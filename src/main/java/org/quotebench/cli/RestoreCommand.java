package org.quotebench.cli;

import java.nio.file.Path;
import org.quotebench.core.QuotebenchException;
import org.quotebench.export.JsonShapes;
import org.quotebench.store.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code quotebench restore BACKUP}: puts a backup in place of the workspace, keeping the current file beside it. */
@Command(name = "restore", description = {"Replace the workspace with a backup (a file, or 'latest' for the newest good one).",
        "The backup is checked first; the current file is kept as NAME.before-restore-DATE.qb.",
        "Close every window and command on the workspace first."})
final class RestoreCommand extends FileCommand {
    @Parameters(paramLabel = "BACKUP", description = "The backup file, or 'latest'.")
    String backup;

    @Override
    public Integer call() {
        Path workspace = workspacePath().toAbsolutePath().normalize();
        Path from = "latest".equals(backup) ? Backups.newestGood(workspace).map(Backups.Backup::file)
                .orElseThrow(() -> new QuotebenchException("No good backup of " + workspace + " in " + Backups.folder(workspace) + "."))
                : Path.of(backup);
        Path kept = Backups.restore(workspace, from);
        if (json()) {
            printJson(JsonShapes.MAPPER.createObjectNode().put("restored", from.toString()).put("kept", kept == null ? null : kept.toString()));
        } else {
            out().println("Restored " + workspace + " from " + from + "." + (kept == null ? "" : " The file it replaced is kept as " + kept + "."));
        }
        return 0;
    }
}
