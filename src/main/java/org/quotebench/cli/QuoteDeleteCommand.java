package org.quotebench.cli;

import org.quotebench.export.JsonShapes;
import org.quotebench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code quotebench quote delete ID}. */
@Command(name = "delete", description = "Delete a quote.")
final class QuoteDeleteCommand extends WorkspaceCommand {
    @Parameters(paramLabel = "ID", description = "The quote id.")
    String id;

    @Override
    int run(Workspace workspace) {
        long deleted = workspace.quotes().delete(Ids.parse(id, "a quote"));
        if (json()) {
            printJson(JsonShapes.MAPPER.createObjectNode().put("deleted", deleted));
        } else {
            out().println("Deleted quote " + deleted + ".");
        }
        return 0;
    }
}
