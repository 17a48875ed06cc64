package org.quotebench.cli;

import java.util.List;
import org.quotebench.core.ArticleInfo;
import org.quotebench.export.JsonShapes;
import org.quotebench.store.Workspace;
import picocli.CommandLine.Command;

/** {@code quotebench list}: the articles of the workspace. */
@Command(name = "list", description = "List the articles in the workspace.")
final class ListCommand extends WorkspaceCommand {
    @Override
    int run(Workspace workspace) {
        List<ArticleInfo> articles = workspace.articles().list();
        if (json()) {
            JsonShapes shapes = shapes(workspace);
            printJson(shapes.array(articles, shapes::article));
            return 0;
        }
        if (articles.isEmpty()) {
            out().println("No articles in " + workspace.file() + " yet. Add some with: quotebench import FILE...");
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
