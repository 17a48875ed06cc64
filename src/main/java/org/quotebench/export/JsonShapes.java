package org.quotebench.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.quotebench.core.Article;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.CodePointIndex;
import org.quotebench.core.Event;
import org.quotebench.core.Quote;
import org.quotebench.core.Span;
import org.quotebench.core.Speaker;
import org.quotebench.core.SpeakerKind;
import org.quotebench.core.Suggestion;
import org.quotebench.core.WikidataId;

/**
 * Turns the model into the JSON shapes of the command-line contract (DESIGN.md). Offsets leave the
 * program here, so this is where Java indices become code points.
 */
public final class JsonShapes {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private final LongFunction<String> articleText;
    private final Map<Long, CodePointIndex> indexes = new HashMap<>();
    private final Map<String, String> changeTimes;

    /** @param articleText the text of an article by id, used to convert quote offsets */
    public JsonShapes(LongFunction<String> articleText) {
        this(articleText, Map.of());
    }

    /** @param changeTimes when speakers and events last changed, by UUID: written as their {@code updated_at} */
    public JsonShapes(LongFunction<String> articleText, Map<String, String> changeTimes) {
        this.articleText = articleText;
        this.changeTimes = changeTimes;
    }

    public ObjectNode article(ArticleInfo info) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", info.id());
        node.put("uuid", info.uuid());
        put(node, "title", info.metadata().title());
        put(node, "outlet", info.metadata().outlet());
        put(node, "author", info.metadata().author());
        put(node, "url", info.metadata().url());
        put(node, "published_on", info.metadata().publishedOn());
        put(node, "language", info.metadata().language());
        node.put("encoding", info.encoding());
        node.put("source_name", info.sourceName());
        node.put("length", info.length());
        node.put("quote_count", info.quoteCount());
        node.put("imported_at", info.importedAt());
        node.put("text_sha256", info.textSha256());
        put(node, "canonical_url", info.origin().canonicalUrl());
        put(node, "fetched_at", info.origin().fetchedAt());
        if (info.origin().httpStatus().isPresent()) {
            node.put("http_status", info.origin().httpStatus().getAsInt());
        } else {
            node.putNull("http_status");
        }
        put(node, "archived_at", info.origin().archivedAt());
        node.put("version", info.versions().version());
        node.put("latest_version", info.versions().latest());
        return node;
    }

    public ObjectNode articleWithText(Article article) {
        ObjectNode node = article(article.info());
        node.put("text", article.text());
        return node;
    }

    /** An article as {@code show --json} prints it and each JSONL export line is: text, events covered, quotes. */
    public ObjectNode articleWithQuotes(Article article, List<Event> events, List<Quote> quotes) {
        ObjectNode node = articleWithText(article);
        node.set("events", array(events, this::event));
        node.set("quotes", array(quotes, this::quote));
        return node;
    }

    public ObjectNode quote(Quote quote) {
        CodePointIndex index = indexes.computeIfAbsent(quote.articleId(), id -> new CodePointIndex(articleText.apply(id)));
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", quote.id());
        node.put("uuid", quote.uuid());
        node.put("article_id", quote.articleId());
        node.put("start", index.toCodePoint(quote.span().start()));
        node.put("end", index.toCodePoint(quote.span().end()));
        node.put("text", quote.exact());
        putFragments(node, index, quote.fragments(), quote.span(), quote.exact());
        node.put("kind", quote.kind().code());
        node.put("status", quote.status().code());
        node.put("verdict", quote.verdict().code());
        put(node, "note", quote.note());
        node.set("speaker", quote.speaker().<JsonNode>map(this::speaker).orElse(MAPPER.nullNode()));
        node.set("mention", span(index, quote.mention()));
        node.set("cue", span(index, quote.cue()));
        ArrayNode events = node.putArray("events");
        quote.events().forEach(event -> events.add(event(event)));
        put(node, "annotator", quote.annotator());
        node.put("created_at", quote.createdAt());
        node.put("updated_at", quote.updatedAt());
        node.put("revision", quote.revision().number()); // what quote edit --if-revision takes
        put(node, "changed_by", quote.revision().by());
        return node;
    }

    public ObjectNode speaker(Speaker speaker) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", speaker.id());
        node.put("uuid", speaker.uuid());
        node.put("name", speaker.name());
        node.put("kind", speaker.kind().code());
        put(node, "role", speaker.role());
        put(node, "affiliation", speaker.affiliation());
        put(node, "description", speaker.description());
        put(node, "wikidata", speaker.wikidata().map(WikidataId::value));
        ArrayNode aliases = node.putArray("aliases");
        speaker.aliases().forEach(aliases::add);
        Optional.ofNullable(changeTimes.get(speaker.uuid())).ifPresent(time -> node.put("updated_at", time));
        return node;
    }

    public ObjectNode event(Event event) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", event.id());
        node.put("uuid", event.uuid());
        node.put("name", event.name());
        put(node, "starts_on", event.startsOn());
        put(node, "ends_on", event.endsOn());
        put(node, "place", event.place());
        put(node, "description", event.description());
        Optional.ofNullable(changeTimes.get(event.uuid())).ifPresent(time -> node.put("updated_at", time));
        return node;
    }

    /** {@code fragments: [{start, end, text}]}, one per piece (one for most quotes); {@code covered} is the text of {@code span}. */
    private static void putFragments(ObjectNode node, CodePointIndex index, List<Span> pieces, Span span, String covered) {
        ArrayNode fragments = node.putArray("fragments");
        for (Span piece : pieces) {
            fragments.addObject().put("start", index.toCodePoint(piece.start())).put("end", index.toCodePoint(piece.end()))
                    .put("text", covered.substring(piece.start() - span.start(), piece.end() - span.start()));
        }
    }

    /** A quote finder's suggestion, with code-point offsets into {@code index}'s text. */
    public static ObjectNode suggestion(CodePointIndex index, Suggestion s) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("start", index.toCodePoint(s.span().start()));
        node.put("end", index.toCodePoint(s.span().end()));
        node.put("text", s.text());
        putFragments(node, index, s.fragments(), s.span(), s.text());
        node.put("kind", s.kind().code());
        put(node, "speaker", s.speaker());
        put(node, "speaker_kind", s.speakerKind().map(SpeakerKind::code));
        node.set("mention", span(index, s.mention()));
        node.set("cue", span(index, s.cue()));
        node.put("confidence", Math.round(s.confidence() * 1000) / 1000.0);
        put(node, "role", s.role());
        return node;
    }

    public <T> ArrayNode array(List<T> items, java.util.function.Function<T, ? extends JsonNode> shape) {
        ArrayNode array = MAPPER.createArrayNode();
        items.forEach(item -> array.add(shape.apply(item)));
        return array;
    }

    private static JsonNode span(CodePointIndex index, Optional<Span> span) {
        if (span.isEmpty()) {
            return MAPPER.nullNode();
        }
        ObjectNode node = MAPPER.createObjectNode();
        node.put("start", index.toCodePoint(span.get().start()));
        node.put("end", index.toCodePoint(span.get().end()));
        return node;
    }

    private static void put(ObjectNode node, String field, Optional<String> value) {
        if (value.isPresent()) {
            node.put(field, value.get());
        } else {
            node.putNull(field);
        }
    }
}
