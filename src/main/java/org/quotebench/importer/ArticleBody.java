package org.quotebench.importer;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Finds the element of a page that holds the article's body. */
final class ArticleBody {
    private ArticleBody() {
    }

    /** The largest article, else the article body by microdata, else main, else the element with the most paragraph text, else body. */
    static Element root(Document page) {
        Element body = page.body();
        return largest(page.select("article"))
                .or(() -> largest(page.select("[itemprop=articleBody]")))
                .or(() -> largest(page.select("main")))
                .or(() -> mostParagraphText(body))
                .orElse(body);
    }

    private static Optional<Element> largest(Elements candidates) {
        Element best = null;
        int bestLength = 0;
        for (Element candidate : candidates) {
            int length = candidate.text().length();
            if (length > bestLength) {
                best = candidate;
                bestLength = length;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<Element> mostParagraphText(Element body) {
        Map<Element, Integer> textByParent = new IdentityHashMap<>();
        Element best = null;
        int bestLength = 0;
        for (Element paragraph : body.select("p")) {
            Element parent = paragraph.parent();
            if (parent == null) {
                continue;
            }
            int length = textByParent.merge(parent, paragraph.text().length(), Integer::sum);
            if (length > bestLength) {
                best = parent;
                bestLength = length;
            }
        }
        return Optional.ofNullable(best);
    }
}
