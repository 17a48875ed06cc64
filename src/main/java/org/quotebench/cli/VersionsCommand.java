package org.quotebench.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.quotebench.compare.VersionChanges;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.CodePointIndex;
import org.quotebench.export.JsonShapes;
import org.quotebench.store.QuoteFilter;
import org.quotebench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quotebench versions ID}: an article's versions, the word differences between two, and the quotes they touch. */
@Command(name = "versions", description = {"List the versions of an article's page and what changed between two of them:",
        "the words added, dropped or changed, and the quotes of the older one in changed passages (missing or altered).",
        "Without --from/--to: this version against the latest (the latest against the one before)."})
final class VersionsCommand extends WorkspaceCommand {
    @Parameters(paramLabel = "ID", description = "An article (any version of its page).")
    String article;

    @Option(names = "--from", paramLabel = "N", description = "The older version's number.")
    Integer from;

    @Option(names = "--to", paramLabel = "N", description = "The newer version's number.")
    Integer to;

    @Override
    int run(Workspace workspace) {
        long id = Ids.parse(article, "an article");
        List<ArticleInfo> versions = workspace.articles().versionsOf(id);
        ArticleInfo self = versions.stream().filter(v -> v.id() == id).findFirst().orElseThrow();
        int latest = versions.get(versions.size() - 1).versions().version();
        int newer = to != null ? to : latest;
        int older = from != null ? from : self.versions().version() < newer ? self.versions().version() : newer - 1;
        JsonShapes shapes = shapes(workspace);
        ObjectNode node = JsonShapes.MAPPER.createObjectNode();
        ArrayNode list = node.putArray("versions");
        versions.forEach(v -> list.add(shapes.article(v)));
        if (!json()) {
            Table table = new Table("VERSION", "ID", "FETCHED", "TITLE", "QUOTES", "LENGTH");
            versions.forEach(v -> table.row(Integer.toString(v.versions().version()), Long.toString(v.id()),
                    v.origin().fetchedAt().orElse("-"), v.metadata().title().orElse(v.sourceName()), Integer.toString(v.quoteCount()),
                    Integer.toString(v.length())));
            table.print(out());
        }
        if (versions.size() > 1) {
            ArticleInfo a = find(versions, older);
            ArticleInfo b = find(versions, newer);
            if (a.versions().version() >= b.versions().version()) {
                throw new org.quotebench.core.QuotebenchException("--from must be an older version than --to.");
            }
            describe(workspace, a, b, node);
        }
        if (json()) {
            printJson(node);
        }
        return 0;
    }

    private void describe(Workspace workspace, ArticleInfo a, ArticleInfo b, ObjectNode node) {
        String before = workspace.articles().get(a.id()).text();
        String after = workspace.articles().get(b.id()).text();
        CodePointIndex beforeIndex = new CodePointIndex(before);
        CodePointIndex afterIndex = new CodePointIndex(after);
        VersionChanges changes = VersionChanges.between(before, after);
        node.putObject("from").put("article_id", a.id()).put("version", a.versions().version());
        node.putObject("to").put("article_id", b.id()).put("version", b.versions().version());
        ArrayNode list = node.putArray("changes");
        if (!json()) {
            out().println("\nFrom version " + a.versions().version() + " (article " + a.id() + ") to version " + b.versions().version()
                    + " (article " + b.id() + "): " + changes.changes().size() + " changes");
        }
        for (VersionChanges.Change c : changes.changes()) {
            ObjectNode row = list.addObject().put("kind", c.op().name().toLowerCase(java.util.Locale.ROOT));
            put(row.putObject("before"), before, beforeIndex, c.before());
            put(row.putObject("after"), after, afterIndex, c.after());
            if (!json()) {
                String was = before.substring(c.before().start(), c.before().end());
                String is = after.substring(c.after().start(), c.after().end());
                out().println((was.isEmpty() ? "" : "  - " + oneLine(was) + "\n") + (is.isEmpty() ? "" : "  + " + oneLine(is)));
            }
        }
        ArrayNode quotes = node.putArray("quotes");
        List<VersionChanges.QuoteInChange> touched = changes.quotes(workspace.quotes().list(new QuoteFilter(
                java.util.Optional.of(a.id()), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty())));
        for (VersionChanges.QuoteInChange q : touched) {
            ObjectNode row = quotes.addObject().put("quote_id", q.quote().id()).put("text", q.quote().words())
                    .put("state", q.missing() ? "missing" : "altered");
            String now = q.now().map(r -> after.substring(r.start(), r.end())).orElse(null);
            row.put("now", now);
            if (!json()) {
                out().println("  quote " + q.quote().id() + " " + (q.missing() ? "missing" : "altered") + ": " + oneLine(q.quote().words())
                        + (now == null ? "" : " → " + oneLine(now)));
            }
        }
    }

    private static void put(ObjectNode node, String text, CodePointIndex index, VersionChanges.Range range) {
        node.put("start", index.toCodePoint(range.start())).put("end", index.toCodePoint(range.end()))
                .put("text", text.substring(range.start(), range.end()));
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static ArticleInfo find(List<ArticleInfo> versions, int number) {
        return versions.stream().filter(v -> v.versions().version() == number).findFirst().orElseThrow(() ->
                new org.quotebench.core.QuotebenchException("No version " + number + "; this page has versions 1 to "
                        + versions.get(versions.size() - 1).versions().version() + "."));
    }
}
