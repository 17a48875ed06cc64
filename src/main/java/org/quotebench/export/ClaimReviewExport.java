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
 * schema.org ClaimReview (JSON-LD) for every quote with a verdict: the quoted words as the claim,
 * the speaker as its author (with their Wikidata page as {@code sameAs}), the article as where it
 * appeared, and the verdict as the rating (1 fabricated … 5 accurate, with its name).
 */
public final class ClaimReviewExport {
    /** Ratings on schema.org's 1 (worst) to 5 (best) scale. */
    static final Map<Verdict, Integer> RATINGS = Map.of(Verdict.FABRICATED, 1, Verdict.MISQUOTED, 2, Verdict.OUT_OF_CONTEXT, 3,
            Verdict.UNVERIFIABLE, 3, Verdict.ACCURATE, 5);

    private ClaimReviewExport() {
    }

    public static void write(Iterable<ExportedArticle> articles, Writer out) throws IOException {
        ArrayNode reviews = JsonShapes.MAPPER.createArrayNode();
        for (ExportedArticle exported : articles) {
            for (Quote quote : exported.quotes()) {
                if (quote.verdict() != Verdict.UNCHECKED) {
                    reviews.add(review(exported, quote));
                }
            }
        }
        out.write(ScriptSafeJson.WRITER.writeValueAsString(reviews));
        out.write('\n');
    }

    private static ObjectNode review(ExportedArticle exported, Quote quote) {
        ObjectNode r = JsonShapes.MAPPER.createObjectNode();
        r.put("@context", "https://schema.org");
        r.put("@type", "ClaimReview");
        r.put("identifier", quote.uuid());
        r.put("claimReviewed", quote.exact());
        r.put("datePublished", quote.updatedAt().length() >= 10 ? quote.updatedAt().substring(0, 10) : quote.updatedAt());
        quote.note().ifPresent(note -> r.put("reviewBody", note));
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
