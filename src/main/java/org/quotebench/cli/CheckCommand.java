package org.quotebench.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.quotebench.export.JsonShapes;
import org.quotebench.store.Check;
import picocli.CommandLine.Command;

/** {@code quotebench check}: a full check of the workspace that changes nothing; exit 1 when it is damaged. */
@Command(name = "check", description = {"Check the whole workspace without changing it: SQLite's integrity check, the",
        "full-text index, links between rows, and every quote against its article. Exit 1 when damaged."})
final class CheckCommand extends FileCommand {
    @Override
    public Integer call() {
        Check.Report report = Check.run(workspacePath());
        if (json()) {
            ObjectNode node = JsonShapes.MAPPER.createObjectNode().put("file", report.file().toString()).put("ok", report.ok())
                    .put("articles", report.articles()).put("quotes", report.quotes());
            com.fasterxml.jackson.databind.node.ArrayNode problems = node.putArray("problems");
            report.problems().forEach(problems::add);
            printJson(node);
        } else if (report.ok()) {
            out().println(report.file() + ": ok (" + report.articles() + " articles, " + report.quotes() + " quotes checked).");
        } else {
            err().println(report.file() + " is damaged: " + String.join("; ", report.problems())
                    + ". 'quotebench backup --list' shows the backups; 'quotebench restore latest' puts the newest good one in place.");
        }
        return report.ok() ? 0 : 1;
    }
}
