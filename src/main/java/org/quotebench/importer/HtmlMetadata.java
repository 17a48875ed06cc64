package org.quotebench.importer;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.quotebench.core.ArticleMetadata;

/** Title, outlet, author, date, address and language of an article, from a page's meta tags and JSON-LD. */
final class HtmlMetadata {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private HtmlMetadata() {
    }

    static ArticleMetadata of(Document page) {
        JsonLdArticle ld = JsonLdArticle.from(page);
        Optional<String> title = meta(page, "og:title")
                .or(() -> ld.headline().map(HtmlMetadata::unescaped))
                .or(() -> clean(page.title()))
                .or(() -> Optional.ofNullable(page.selectFirst("h1")).flatMap(h1 -> clean(h1.text())));
        Optional<String> outlet = meta(page, "og:site_name").or(() -> ld.publisher().map(HtmlMetadata::unescaped));
        Optional<String> author = meta(page, "author")
                .or(() -> ld.authors().isEmpty() ? Optional.empty()
                        : clean(unescaped(String.join(", ", ld.authors()))));
        Optional<String> url = attribute(page, "link[rel~=(?i)^canonical$][href]", "href")
                .or(() -> meta(page, "og:url"))
                .or(ld::url);
        Optional<String> language = attribute(page, "html[lang]", "lang")
                .or(() -> httpEquiv(page, "content-language"))
                .or(ld::language);
        return new ArticleMetadata(title, outlet, author, url, published(page, ld), language);
    }

    private static Optional<String> published(Document page, JsonLdArticle ld) {
        Stream<Supplier<Optional<String>>> candidates = Stream.of(
                () -> meta(page, "article:published_time"),
                ld::datePublished,
                () -> meta(page, "date"),
                () -> meta(page, "pubdate"),
                () -> meta(page, "publishdate"),
                () -> meta(page, "dc.date.issued"),
                () -> meta(page, "dc.date"),
                () -> meta(page, "datePublished"),
                () -> attribute(page, "time[datetime]", "datetime"));
        return candidates.map(Supplier::get).flatMap(Optional::stream)
                .map(PublishedDate::normalise).flatMap(Optional::stream)
                .findFirst();
    }

    /** The content of the first {@code <meta>} whose property, name or itemprop is {@code key}. */
    private static Optional<String> meta(Document page, String key) {
        for (Element meta : page.select("meta[content]")) {
            if (meta.attr("property").equalsIgnoreCase(key) || meta.attr("name").equalsIgnoreCase(key)
                    || meta.attr("itemprop").equalsIgnoreCase(key)) {
                Optional<String> value = clean(meta.attr("content"));
                if (value.isPresent()) {
                    return value;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> httpEquiv(Document page, String key) {
        for (Element meta : page.select("meta[http-equiv][content]")) {
            if (meta.attr("http-equiv").equalsIgnoreCase(key)) {
                return clean(meta.attr("content"));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> attribute(Document page, String query, String attribute) {
        return page.select(query).stream().map(e -> clean(e.attr(attribute))).flatMap(Optional::stream).findFirst();
    }

    /** JSON-LD is not HTML, yet many sites put entities such as {@code &amp;} into it. */
    private static String unescaped(String value) {
        return value.indexOf('&') < 0 ? value : Parser.unescapeEntities(value, false);
    }

    private static Optional<String> clean(String value) {
        String collapsed = WHITESPACE.matcher(value).replaceAll(" ").strip();
        return collapsed.isEmpty() ? Optional.empty() : Optional.of(collapsed);
    }
}
