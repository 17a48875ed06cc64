package org.quotebench.importer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Removes what surrounds an article on a web page: scripts, menus, banners, ads, share buttons, comments. */
final class Boilerplate {
    private static final String NEVER_TEXT = "script, style, noscript, template, nav, aside, iframe, svg, button, "
            + "object, embed, canvas, select, input, textarea, dialog, [role=navigation], [role=complementary], "
            + "[role=search], [role=dialog], [role=alertdialog], [role=menu], [role=menubar]";
    private static final String PAGE_FRAME = "header, footer, [role=banner], [role=contentinfo]";
    private static final String ARTICLE = "article, main, [itemprop=articleBody]";

    /** Words in an id, class, role or aria-label that mark an element as clutter; whole words only. */
    private static final Set<String> CLUTTER_WORDS = Set.of(
            "cookie", "cookies", "consent", "gdpr", "cmp", "onetrust", "didomi",
            "ad", "ads", "adsbygoogle", "advert", "adverts", "advertisement", "advertisements", "advertising",
            "sponsor", "sponsored", "promo", "promos", "promotion", "outbrain", "taboola",
            "newsletter", "newsletters", "subscribe", "subscription", "signup",
            "share", "sharing", "sharebar", "social", "socials",
            "related", "recommended", "comment", "comments", "disqus",
            "sidebar", "menu", "breadcrumb", "breadcrumbs");
    private static final Pattern CAMEL_CASE = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9]+");

    private Boilerplate() {
    }

    static void remove(Document page) {
        page.select(NEVER_TEXT).remove();
        for (Element frame : page.select(PAGE_FRAME)) {
            if (frame.closest(ARTICLE) == null && !frame.is(ARTICLE)) {
                frame.remove();
            }
        }
        for (Element form : page.select("form")) {
            // Some sites wrap the whole page in one form; keep a form that holds the article.
            if (form.selectFirst(ARTICLE) == null && form.select("p").size() < 3) {
                form.remove();
            }
        }
        Element body = page.body();
        int pageText = body.text().length();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element && looksLikeClutter(element) && !holdsTheArticle(element, pageText)) {
                    return FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
    }

    static boolean looksLikeClutter(Element element) {
        return hasClutterWord(element.id()) || hasClutterWord(element.className())
                || hasClutterWord(element.attr("role")) || hasClutterWord(element.attr("aria-label"));
    }

    private static boolean hasClutterWord(String value) {
        if (value.isEmpty() || value.length() > 500) {
            return false;
        }
        String words = CAMEL_CASE.matcher(value).replaceAll(" ").toLowerCase(Locale.ROOT);
        for (String word : NOT_A_WORD.split(words)) {
            if (CLUTTER_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A class name is a weak sign: "page sidebar-layout" may wrap the whole story, so such wrappers stay. */
    private static boolean holdsTheArticle(Element element, int pageText) {
        String tag = element.normalName();
        if (tag.equals("body") || tag.equals("html") || tag.equals("main") || element.hasAttr("itemprop")
                && element.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return true;
        }
        return pageText > 0 && element.text().length() * 2 > pageText;
    }
}
