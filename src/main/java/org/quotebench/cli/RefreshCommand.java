package org.quotebench.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleInfo;
import org.quotebench.export.JsonShapes;
import org.quotebench.importer.web.AddressSource;
import org.quotebench.importer.web.PageFetcher;
import org.quotebench.store.ImportOutcome;
import org.quotebench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code quotebench refresh ID...}: fetches pages again; a page whose text changed gets a new version. */
@Command(name = "refresh", description = {"Fetch articles' pages again: a page whose text changed is stored as a new version",
        "(the old text and its quotes stay); an unchanged page adds nothing. See 'versions' for what changed."})
final class RefreshCommand extends WorkspaceCommand {
    @Parameters(arity = "1..*", paramLabel = "ID", description = "Articles fetched from the web (any version of each).")
    List<String> articles = new ArrayList<>();

    @picocli.CommandLine.Option(names = "--allow-local", description = {"Fetch addresses on this machine or your own network "
            + "(localhost, private addresses) too.", "Without it they are refused: an address stored in the workspace may have "
            + "come with someone else's bundle or file. Give it only for articles you imported from there yourself."})
    boolean allowLocal;

    @Override
    int run(Workspace workspace) {
        ArrayNode done = JsonShapes.MAPPER.createArrayNode();
        ArrayNode refused = JsonShapes.MAPPER.createArrayNode();
        WebFetch web = new WebFetch(warning -> err().println("Warning: " + warning));
        // every id checked before anything is fetched: a typo in the last one stores nothing
        List<ArticleInfo> infos = new ArrayList<>();
        for (String given : articles) {
            long id = Ids.parse(given, "an article");
            infos.add(workspace.articles().info(id).orElseThrow(() ->
                    new org.quotebench.core.QuotebenchException("No article with id " + id + ".")));
        }
        for (ArticleInfo info : infos) {
            long id = info.id();
            if (!info.canBeFetchedAgain()) {
                String reason = info.origin().archivedAt().isPresent() ? "is a web archive snapshot, which does not change"
                        : "was not fetched from the web (import it by its address to follow its changes)";
                refused.addObject().put("article_id", id).put("reason", reason);
                err().println("Article " + id + ": " + reason);
                continue;
            }
            String url = info.metadata().url().get();
            WebFetch.Fetched fetched = web.fetch(List.of(url), err(), (address, why) -> {
                refused.addObject().put("article_id", id).put("reason", why);
                err().println("Article " + id + " (" + address + "): " + why
                        + (why.startsWith(PageFetcher.LOCAL_ADDRESS) ? " (--allow-local fetches it)" : ""));
            }, address -> allowLocal ? AddressSource.GIVEN : AddressSource.STORED);
            if (fetched.drafts().isEmpty()) {
                continue;
            }
            ArticleDraft draft = fetched.drafts().get(0);
            ImportOutcome outcome = workspace.articles().importArticle(draft);
            ObjectNode row = done.addObject().put("article_id", id).put("url", url);
            if (outcome instanceof ImportOutcome.Imported imported) {
                ArticleInfo now = imported.article();
                row.put("changed", true).put("new_article_id", now.id()).put("version", now.versions().version());
                if (!json()) {
                    out().println("Article " + id + " (" + url + "): changed; version " + now.versions().version() + " is article "
                            + now.id() + " (quotebench versions " + now.id() + ")");
                }
            } else {
                long same = ((ImportOutcome.Duplicate) outcome).existingArticleId();
                row.put("changed", false).put("same_as_article_id", same);
                if (!json()) {
                    out().println("Article " + id + " (" + url + "): unchanged" + (same == id ? "" : " (the text of article " + same + ")"));
                }
            }
        }
        if (json()) {
            ObjectNode node = JsonShapes.MAPPER.createObjectNode();
            node.set("refreshed", done);
            node.set("rejected", refused);
            printJson(node);
        }
        return refused.isEmpty() ? 0 : 2;
    }
}
