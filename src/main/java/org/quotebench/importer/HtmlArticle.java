package org.quotebench.importer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.quotebench.core.ArticleMetadata;

/** The article inside an HTML page: its body as paragraphs of plain text, and what the page says about it. */
record HtmlArticle(String text, ArticleMetadata metadata) {

    /** Parses a page; it is only turned into text, never rendered, and nothing it links to is fetched. */
    static HtmlArticle parse(String html) {
        Document page = Jsoup.parse(html);
        // Metadata first: the clean-up removes the scripts that carry JSON-LD.
        ArticleMetadata metadata = HtmlMetadata.of(page);
        Boilerplate.remove(page);
        return new HtmlArticle(HtmlParagraphs.render(ArticleBody.root(page)), metadata);
    }
}
