package org.quotebench.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Path;
import java.util.List;
import org.quotebench.export.JsonShapes;
import org.quotebench.store.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code quotebench backup}: a consistent copy of the workspace now, or the list of its backups. */
@Command(name = "backup", description = {"Back up the workspace (a consistent copy, taken while it may be in use) into",
        "NAME.qb.backups/ beside it, keeping the newest " + Backups.KEPT + " automatic backups; or list them."})
final class BackupCommand extends FileCommand {
    @Option(names = "--to", paramLabel = "FILE", description = "Write the backup to FILE instead (never removed automatically).")
    Path to;

    @Option(names = "--list", description = "List the backups, newest first, instead of taking one.")
    boolean list;

    @Override
    public Integer call() {
        Path workspace = workspacePath();
        if (list) {
            List<Backups.Backup> backups = Backups.list(workspace);
            if (json()) {
                ArrayNode array = JsonShapes.MAPPER.createArrayNode();
                backups.forEach(b -> array.addObject().put("file", b.file().toString()).put("taken", b.taken().toString())
                        .put("bytes", b.bytes()));
                printJson(array);
            } else if (backups.isEmpty()) {
                out().println("No backups yet in " + Backups.folder(workspace) + ".");
            } else {
                backups.forEach(b -> out().println(b.taken() + "  " + b.bytes() / 1024 + " KB  " + b.file()));
            }
            return 0;
        }
        Backups.Backup taken = to == null ? Backups.take(workspace) : Backups.copyTo(workspace, to);
        if (json()) {
            printJson(JsonShapes.MAPPER.createObjectNode().put("file", taken.file().toString()).put("bytes", taken.bytes()));
        } else {
            out().println("Backed up " + workspace.toAbsolutePath().normalize() + " to " + taken.file() + " (" + taken.bytes() / 1024
                    + " KB).");
        }
        return 0;
    }
}
