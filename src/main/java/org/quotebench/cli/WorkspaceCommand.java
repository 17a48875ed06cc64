package org.quotebench.cli;

import org.quotebench.export.JsonShapes;
import org.quotebench.store.Workspace;

/** A command that works on one workspace: opens it, runs, and closes it whatever happens. */
abstract class WorkspaceCommand extends FileCommand {
    @Override
    public Integer call() {
        try (Workspace workspace = Workspace.open(workspaceLocation())) {
            workspace.migrationBackup().ifPresent(backup ->
                    err().println("Upgraded the workspace format; the old file was copied to " + backup));
            workspace.warnings().forEach(warning -> err().println("Warning: " + warning));
            if (workspace.readOnly() && workspace.localFile().isPresent()) { // a reader's role on a server is no surprise
                err().println("Note: " + workspace.location() + " is read-only; it was opened for reading.");
            }
            return run(workspace);
        }
    }

    abstract int run(Workspace workspace);

    static JsonShapes shapes(Workspace workspace) {
        return new JsonShapes(id -> workspace.articles().get(id).text());
    }
}
