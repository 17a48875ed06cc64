package org.quotebench.suggest;

import java.util.List;
import org.quotebench.core.Suggestion;

/** Placeholder until the quote finder lands: finds nothing. */
public final class QuoteFinder {
    public List<Suggestion> find(String text) {
        return List.of();
    }
}
