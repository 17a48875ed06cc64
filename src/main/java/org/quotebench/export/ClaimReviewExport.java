package org.quotebench.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.Quote;
import org.quotebench.core.Speaker;
import org.quotebench.core.SpeakerKind;
import org.quotebench.core.Verdict;

/**
 * schema.org ClaimReview (JSON-LD) for every accepted quote with a verdict (a suggestion nobody
 * reviewed is never published with a rating): the review's own address ({@link ClaimReviewSettings}),
 * the quoted words as the claim, the speaker as its author (with their Wikidata page as
 * {@code sameAs}), the article as where it appeared, and the verdict as the rating (1 fabricated … 5
 * accurate, with its name); the quote's note as the review's text only when asked.
 */
public final class ClaimReviewExport {
    /** Ratings on schema.org's 1 (worst) to 5 (best) scale. */
    static final Map<Verdict, Integer> RATINGS = Map.of(Verdict.FABRICATED, 1, Verdict.MISQUOTED, 2, Verdict.OUT_OF_CONTEXT, 3,
            Verdict.UNVERIFIABLE, 3, Verdict.ACCURATE, 5);

    private ClaimReviewExport() {
    }

    public static void write(Iterable<ExportedArticle> articles, Writer out, ClaimReviewSettings settings) throws IOException {
        ArrayNode reviews = JsonShapes.MAPPER.createArrayNode();
        for (ExportedArticle exported : articles) {
            for (Quote quote : exported.quotes()) {
                if (reviewed(quote)) {
                    reviews.add(review(exported, quote, settings));
                }
            }
        }
        out.write(ScriptSafeJson.WRITER.writeValueAsString(reviews));
        out.write('\n');
    }

    /** Whether a quote is published: accepted, with a verdict. */
    static boolean reviewed(Quote quote) {
        return quote.status() == org.quotebench.core.QuoteStatus.ACCEPTED && quote.verdict() != Verdict.UNCHECKED;
    }

    /** How many reviews the file holds. */
    static int count(Iterable<ExportedArticle> articles) {
        int n = 0;
        for (ExportedArticle exported : articles) {
            n += (int) exported.quotes().stream().filter(ClaimReviewExport::reviewed).count();
        }
        return n;
    }

    private static ObjectNode review(ExportedArticle exported, Quote quote, ClaimReviewSettings settings) {
        ObjectNode r = JsonShapes.MAPPER.createObjectNode();
        r.put("@context", "https://schema.org");
        r.put("@type", "ClaimReview");
        r.put("url", settings.urlOf(quote));
        r.put("identifier", quote.uuid());
        r.put("claimReviewed", quote.words());
        r.put("datePublished", quote.updatedAt().length() >= 10 ? quote.updatedAt().substring(0, 10) : quote.updatedAt());
        if (settings.includeNotes()) {
            quote.note().ifPresent(note -> r.put("reviewBody", note));
        }
        quote.annotator().ifPresent(who -> r.putObject("author").put("@type", "Person").put("name", who));
        ObjectNode claim = r.putObject("itemReviewed");
        claim.put("@type", "Claim");
        quote.speaker().ifPresent(speaker -> author(claim.putObject("author"), speaker));
        ArticleMetadata meta = exported.article().info().metadata();
        ObjectNode appearance = claim.putObject("appearance");
        appearance.put("@type", "NewsArticle");
        meta.title().ifPresent(t -> appearance.put("headline", t));
        meta.url().ifPresent(u -> appearance.put("url", u));
        meta.publishedOn().ifPresent(d -> appearance.put("datePublished", d));
        meta.outlet().ifPresent(o -> appearance.putObject("publisher").put("@type", "Organization").put("name", o));
        ObjectNode rating = r.putObject("reviewRating");
        rating.put("@type", "Rating");
        rating.put("ratingValue", RATINGS.get(quote.verdict()));
        rating.put("bestRating", 5);
        rating.put("worstRating", 1);
        rating.put("alternateName", quote.verdict().code());
        return r;
    }

    private static void author(ObjectNode author, Speaker speaker) {
        author.put("@type", speaker.kind() == SpeakerKind.PERSON ? "Person" : "Organization");
        author.put("name", speaker.name());
        speaker.role().ifPresent(role -> author.put("jobTitle", role));
        speaker.wikidata().ifPresent(id -> author.put("sameAs", "https://www.wikidata.org/wiki/" + id.value()));
    }
}
