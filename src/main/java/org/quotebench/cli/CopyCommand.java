package org.quotebench.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.quotebench.core.QuotebenchException;
import org.quotebench.export.JsonShapes;
import org.quotebench.store.Workspace;
import org.quotebench.store.WorkspaceCopy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code quotebench copy FROM TO}: copies a workspace into another, such as a file to a shared library
 * on a server or back (issue 25), every row under its UUID; copying again adds nothing.
 */
@Command(name = "copy", description = {"Copy a workspace into another: a file to a library on a PostgreSQL server",
        "(postgresql://USER@HOST/DATABASE) or back, or file to file. Every article, version, speaker, event, label, quote",
        "(with its status, verdict, pieces and links) keeps its UUID; what is there already is left as it is, so copying",
        "again adds nothing. All of it is copied, or nothing."})
final class CopyCommand extends FileCommand {
    @Parameters(index = "0", paramLabel = "FROM", description = "The workspace to copy: a file or a server address.")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "Where to copy it: a file (made if missing) or a server address.")
    String to;

    @Override
    public Integer call() {
        if (same(from, to)) {
            throw new QuotebenchException("'" + from + "' and '" + to + "' are the same workspace: nothing to copy.");
        }
        try (Workspace source = Workspace.open(from); Workspace target = Workspace.open(to)) {
            WorkspaceCopy.Report report = WorkspaceCopy.copy(source, target);
            if (json()) {
                ObjectNode node = JsonShapes.MAPPER.createObjectNode().put("from", source.location()).put("to", target.location());
                ObjectNode added = node.putObject("added");
                report.added().forEach(added::put);
                printJson(node);
            } else {
                out().println("Copied " + org.quotebench.core.Plural.of(report.added("article"), "article") + ", "
                        + org.quotebench.core.Plural.of(report.added("quote"), "quote") + ", "
                        + org.quotebench.core.Plural.of(report.added("speaker"), "speaker") + " and "
                        + org.quotebench.core.Plural.of(report.added("event"), "event") + " from " + source.location() + " to "
                        + target.location() + (report.added().isEmpty() ? " (all of it was there already)." : "."));
            }
        }
        return 0;
    }

    private static boolean same(String a, String b) {
        if (org.quotebench.store.WorkspaceAddress.isServer(a) || org.quotebench.store.WorkspaceAddress.isServer(b)) {
            return a.strip().equals(b.strip());
        }
        return java.nio.file.Path.of(a).toAbsolutePath().normalize().equals(java.nio.file.Path.of(b).toAbsolutePath().normalize());
    }
}
