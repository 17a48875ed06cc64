package org.quotebench.export;

import static org.quotebench.export.AnnotationFiles.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.CodePointIndex;
import org.quotebench.core.Event;
import org.quotebench.core.EventDraft;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.QuotebenchException;
import org.quotebench.core.Span;
import org.quotebench.core.Speaker;
import org.quotebench.core.SpeakerDraft;
import org.quotebench.core.SpeakerKind;
import org.quotebench.core.Verdict;
import org.quotebench.core.WikidataId;
import org.quotebench.store.MergeRefused;
import org.quotebench.store.Merging;
import org.quotebench.store.Workspace;

/**
 * Merges a bundle into a workspace, in one transaction: articles, speakers, events and quotes are
 * matched by UUID (then by text or name), new ones added under their own UUIDs; a quote edited on
 * both sides is resolved newest-wins, and the version that lost is listed as a conflict. Every span
 * is checked against its text first; a bundle that does not check out is refused whole.
 */
public final class BundleImport {
    /**
     * A quote, speaker or event ({@code of}) both workspaces had in different versions: which was kept, and both.
     * Reports name its UUID {@code OF_uuid} ({@code quote_uuid}, {@code speaker_uuid}, {@code event_uuid}).
     */
    public record Conflict(String of, String uuid, String kept, JsonNode ours, JsonNode theirs) {
    }

    private int articlesAdded;
    private int articlesMatched;
    private int added;
    private int merged;
    private final List<Conflict> conflicts = new ArrayList<>();
    private final java.util.Set<String> reported = new java.util.HashSet<>();

    public void run(Workspace workspace, Path file) {
        run(workspace, file, found -> { });
    }

    /**
     * Merges; {@code beforeCommit} gets the conflicts while the transaction is still open, so that a
     * report that cannot be written undoes the whole merge.
     */
    public void run(Workspace workspace, Path file, java.util.function.Consumer<List<Conflict>> beforeCommit) {
        Map<String, String> entries = BundleFile.read(file);
        checkManifest(file, entries.get(BundleExport.MANIFEST));
        List<JsonNode> lines = new ArrayList<>();
        List<String> where = new ArrayList<>();
        String[] raw = entries.get(BundleExport.QUOTES).split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            if (!raw[i].isBlank()) {
                String at = file + ":" + BundleExport.QUOTES + ":" + (i + 1);
                JsonNode line = parse(at, raw[i]);
                BundleLine.check(at, line);
                lines.add(line);
                where.add(at);
            }
        }
        BundleIdentities.check(where, lines);
        Merging merging = workspace.merging();
        lines.forEach(line -> line.path("quotes").forEach(q -> merging.expect(q.get("uuid").asText())));
        try {
            workspace.change("Merging " + file.getFileName(), () -> {
                for (JsonNode line : lines) {
                    merge(workspace, merging, line);
                }
                if (!conflicts.isEmpty()) {
                    beforeCommit.accept(List.copyOf(conflicts));
                }
                return null;
            });
        } catch (MergeRefused refused) {
            throw new QuotebenchException(file + ": refused, " + refused.getMessage() + ". Nothing was merged.");
        }
    }

    public int articlesAdded() {
        return articlesAdded;
    }

    public int articlesMatched() {
        return articlesMatched;
    }

    public int quotesAdded() {
        return added;
    }

    /** Quotes the workspace had already (the same, or resolved newest-wins). */
    public int quotesMerged() {
        return merged;
    }

    public List<Conflict> conflicts() {
        return List.copyOf(conflicts);
    }

    private long event(Merging merging, JsonShapes shapes, JsonNode e) {
        Merging.Merged<Event> merged = merging.event(e.get("uuid").asText(), new EventDraft(e.get("name").asText(), text(e, "starts_on"),
                text(e, "ends_on"), text(e, "place"), text(e, "description")), text(e, "updated_at").orElse(""));
        report("event", e, merged, shapes::event);
        return merged.id();
    }

    private long speaker(Merging merging, JsonShapes shapes, JsonNode s) {
        List<String> aliases = new ArrayList<>();
        s.path("aliases").forEach(a -> aliases.add(a.asText()));
        Merging.Merged<Speaker> merged = merging.speaker(s.get("uuid").asText(), new SpeakerDraft(s.get("name").asText(),
                text(s, "kind").map(SpeakerKind::parse).orElse(SpeakerKind.PERSON), text(s, "role"), text(s, "affiliation"),
                text(s, "description"), text(s, "wikidata").map(WikidataId::new), aliases), text(s, "updated_at").orElse(""));
        report("speaker", s, merged, shapes::speaker);
        return merged.id();
    }

    /** A speaker or event edited on both sides is reported once a merge, whichever side won. */
    private <T> void report(String of, JsonNode theirs, Merging.Merged<T> merged, java.util.function.Function<T, JsonNode> shape) {
        String uuid = theirs.get("uuid").asText();
        if (merged.conflict() && reported.add(of + uuid)) {
            conflicts.add(new Conflict(of, uuid, merged.theirsKept() ? "theirs (newer)" : "ours (newer)",
                    shape.apply(merged.before().orElseThrow()), theirs));
        }
    }

    private void merge(Workspace workspace, Merging merging, JsonNode line) {
        String text = line.get("text").asText();
        ArticleMetadata meta = new ArticleMetadata(text(line, "title"), text(line, "outlet"), text(line, "author"), text(line, "url"),
                text(line, "published_on"), text(line, "language"));
        // a page fetched from the web keeps where and when it came from; its later versions follow it as versions
        JsonNode status = line.get("http_status");
        org.quotebench.core.WebOrigin origin = new org.quotebench.core.WebOrigin(text(line, "canonical_url"), text(line, "fetched_at"),
                status != null && status.canConvertToInt() && status.isIntegralNumber() ? java.util.OptionalInt.of(status.asInt())
                        : java.util.OptionalInt.empty(), text(line, "archived_at"));
        Merging.ArticleMerge article = merging.article(line.get("uuid").asText(), new ArticleDraft(text, meta,
                text(line, "encoding").orElse("UTF-8"), text(line, "source_name").orElse("bundle"), origin));
        if (article.added()) {
            articlesAdded++;
        } else {
            articlesMatched++;
        }
        JsonShapes shapes = new JsonShapes(id -> workspace.articles().get(id).text());
        for (JsonNode e : line.path("events")) { // the events the article covers (bundles made before them have none)
            workspace.events().link(event(merging, shapes, e), article.id());
        }
        CodePointIndex index = new CodePointIndex(text);
        for (JsonNode q : line.path("quotes")) {
            JsonNode s = q.path("speaker");
            Optional<Long> speaker = s.isObject() ? Optional.of(speaker(merging, shapes, s)) : Optional.empty();
            List<Long> events = new ArrayList<>();
            for (JsonNode e : q.path("events")) {
                events.add(event(merging, shapes, e));
            }
            QuoteDraft draft = new QuoteDraft(article.id(), java(index, q.get("start").asInt(), q.get("end").asInt()),
                    QuoteKind.parse(q.get("kind").asText()), QuoteStatus.parse(q.get("status").asText()),
                    Verdict.parse(q.get("verdict").asText()), text(q, "note"), speaker, span(index, q.path("mention")),
                    span(index, q.path("cue")), events, text(q, "annotator"), Optional.empty());
            if (q.path("fragments").size() > 1) { // bundles made before pieces have none; one piece is the span itself
                List<Span> pieces = new ArrayList<>();
                for (JsonNode piece : q.path("fragments")) {
                    pieces.add(java(index, piece.get("start").asInt(), piece.get("end").asInt()));
                }
                draft = draft.withFragments(pieces);
            }
            Merging.QuoteMerge outcome = merging.quote(q.get("uuid").asText(), draft, text(q, "created_at").orElse(""),
                    text(q, "updated_at").orElse(""));
            switch (outcome.outcome()) {
                case ADDED -> added++;
                case SAME -> merged++;
                case REPLACED -> {
                    merged++;
                    conflicts.add(new Conflict("quote", q.get("uuid").asText(), "theirs (newer)", shapes.quote(outcome.local().orElseThrow()), q));
                }
                case KEPT -> {
                    merged++;
                    conflicts.add(new Conflict("quote", q.get("uuid").asText(), "ours (newer)", shapes.quote(outcome.stored()), q));
                }
            }
        }
    }

    private static void checkManifest(Path file, String manifest) {
        JsonNode m = parse(file + ":" + BundleExport.MANIFEST, manifest);
        if (!BundleExport.FORMAT.equals(m.path("format").asText()) || m.path("version").asInt() != 1) {
            throw new QuotebenchException(file + ": not a Quotebench bundle of a version this Quotebench reads (format "
                    + m.path("format").asText("?") + ", version " + m.path("version").asText("?") + ").");
        }
    }

    private static JsonNode parse(String where, String json) {
        try {
            return JsonShapes.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new QuotebenchException(where + ": not JSON (" + e.getOriginalMessage() + ").");
        }
    }

    private static Span java(CodePointIndex index, int start, int end) {
        return new Span(index.toIndex(start), index.toIndex(end));
    }

    private static Optional<Span> span(CodePointIndex index, JsonNode node) {
        return node.isObject() ? Optional.of(java(index, node.get("start").asInt(), node.get("end").asInt())) : Optional.empty();
    }
}
