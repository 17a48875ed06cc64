package org.quotebench.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.quotebench.export.JsonShapes;
import org.quotebench.store.FullTextSearch;
import org.quotebench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quotebench search QUERY}: full-text search over titles and texts. */
@Command(name = "search", description = {"Search article titles and texts (SQLite FTS5 syntax: words, \"a phrase\", "
        + "AND, OR, NOT, prefix*).", "Matches in snippets are marked <mark>…</mark>."})
final class SearchCommand extends WorkspaceCommand {
    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to look for; several words are joined with spaces.")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Most results to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    int run(Workspace workspace) {
        List<FullTextSearch.Hit> hits = workspace.search().search(String.join(" ", words), Math.max(1, limit));
        if (json()) {
            ArrayNode array = JsonShapes.MAPPER.createArrayNode();
            for (FullTextSearch.Hit hit : hits) {
                array.addObject().put("article_id", hit.articleId()).put("title", hit.title())
                        .put("snippet", hit.snippet()).put("rank", hit.rank());
            }
            printJson(array);
            return 0;
        }
        if (hits.isEmpty()) {
            out().println("No article matches.");
        }
        for (FullTextSearch.Hit hit : hits) {
            out().println(hit.articleId() + "  " + hit.title());
            out().println("    " + hit.snippet().replace(FullTextSearch.MATCH_START, "[").replace(FullTextSearch.MATCH_END, "]")
                    .replaceAll("\\s+", " "));
        }
        out().flush();
        return 0;
    }
}
