package org.quotebench.cli;

import java.util.List;
import org.quotebench.core.ArticleInfo;
import org.quotebench.export.JsonShapes;
import java.util.Optional;
import org.quotebench.core.Verdict;
import org.quotebench.store.LibraryFilter;
import org.quotebench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code quotebench list}: the articles of the workspace, or those the library's filters select. */
@Command(name = "list", description = {"List the articles in the workspace; the options filter as the window's library does",
        "(they combine)."})
final class ListCommand extends WorkspaceCommand {
    @Option(names = "--outlet", paramLabel = "NAME", description = "Only articles from this outlet.")
    String outlet;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only articles quoting this speaker (name or alias).")
    String speaker;

    @Option(names = "--event", paramLabel = "NAME", description = "Only articles about this event (linked to it, or quotes about it).")
    String event;

    @Option(names = "--verdict", paramLabel = "V", description = "Only articles with a quote of this verdict.")
    String verdict;

    @Override
    int run(Workspace workspace) {
        List<ArticleInfo> articles = outlet == null && speaker == null && event == null && verdict == null ? workspace.articles().list()
                : workspace.articles().find(new LibraryFilter(Optional.empty(), Optional.ofNullable(outlet),
                        Optional.ofNullable(speaker).map(name -> Ids.existingSpeaker(workspace, name).id()),
                        Optional.ofNullable(event).map(name -> EventCommand.existing(workspace, name).id()),
                        Optional.ofNullable(verdict).map(Verdict::parse)));
        if (json()) {
            JsonShapes shapes = shapes(workspace);
            printJson(shapes.array(articles, shapes::article));
            return 0;
        }
        if (articles.isEmpty()) {
            out().println("No articles in " + workspace.location() + " yet. Add some with: quotebench import FILE...");
            return 0;
        }
        Table table = new Table("ID", "TITLE", "OUTLET", "DATE", "QUOTES", "LENGTH");
        for (ArticleInfo a : articles) {
            table.row(Long.toString(a.id()), a.metadata().title().orElse(a.sourceName()), a.metadata().outlet().orElse(""),
                    a.metadata().publishedOn().orElse(""), Integer.toString(a.quoteCount()), Integer.toString(a.length()));
        }
        table.print(out());
        return 0;
    }
}
