package org.quotebench.cli;

import java.util.List;
import org.quotebench.core.Article;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.Quote;
import org.quotebench.export.JsonShapes;
import org.quotebench.store.QuoteFilter;
import org.quotebench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code quotebench show ID}: one article with its text and quotes. */
@Command(name = "show", description = "Show one article: its metadata, text and quotes.")
final class ShowCommand extends WorkspaceCommand {
    @Parameters(paramLabel = "ID", description = "The article id (see 'quotebench list').")
    String id;

    @Override
    int run(Workspace workspace) {
        Article article = workspace.articles().get(Ids.parse(id, "an article"));
        List<Quote> quotes = workspace.quotes().list(QuoteFilter.ofArticle(article.id()));
        JsonShapes shapes = new JsonShapes(articleId -> article.text());
        if (json()) {
            printJson(shapes.articleWithQuotes(article, workspace.events().ofArticle(article.id()), quotes));
            return 0;
        }
        ArticleMetadata meta = article.info().metadata();
        out().println(meta.title().orElse(article.info().sourceName()));
        out().println(String.join(" · ", List.of(meta.outlet().orElse("unknown outlet"), meta.author().orElse("unknown author"),
                meta.publishedOn().orElse("undated"))));
        out().println("Article " + article.id() + ", " + article.info().length() + " characters, read as "
                + article.info().encoding() + " from " + article.info().sourceName());
        out().println();
        out().println(article.text());
        if (!quotes.isEmpty()) {
            out().println();
            QuoteTable.print(out(), quotes, shapes);
        }
        return 0;
    }
}
