package org.quotebench.store;

import java.util.Optional;
import org.quotebench.core.QuoteStatus;

/** Which quotes to list; an empty field does not filter. */
public record QuoteFilter(Optional<Long> articleId, Optional<Long> speakerId, Optional<Long> eventId,
        Optional<QuoteStatus> status) {

    public static QuoteFilter all() {
        return new QuoteFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static QuoteFilter ofArticle(long articleId) {
        return new QuoteFilter(Optional.of(articleId), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
