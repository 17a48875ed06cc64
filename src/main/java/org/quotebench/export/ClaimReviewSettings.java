package org.quotebench.export;

import org.quotebench.core.Quote;
import org.quotebench.core.QuotebenchException;

/**
 * How ClaimReview is published: the address each review has on the fact-checker's site (Google
 * requires a review's {@code url}), written as a template with {@code {uuid}} or {@code {id}} for the
 * quote, and whether the quotes' notes, which are private by default, go out as the review's text.
 */
public record ClaimReviewSettings(String reviewUrl, boolean includeNotes) {
    public ClaimReviewSettings {
        String url = reviewUrl == null ? "" : reviewUrl.strip();
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw new QuotebenchException("The review address must be a web address (https://…), such as "
                    + "https://factcheck.example/reviews/{uuid}; got '" + url + "'.");
        }
        if (!url.contains("{uuid}") && !url.contains("{id}")) {
            throw new QuotebenchException("The review address must hold {uuid} or {id}, so that each review has its own: "
                    + "https://factcheck.example/reviews/{uuid}; got '" + url + "'.");
        }
        reviewUrl = url;
    }

    /** The review's own address for this quote. */
    String urlOf(Quote quote) {
        return reviewUrl.replace("{uuid}", quote.uuid()).replace("{id}", Long.toString(quote.id()));
    }
}
