package org.quotebench.ui.text;

import java.util.List;
import java.util.Objects;
import org.quotebench.core.Span;

/** A span of an article (article indices) to be shown with some style classes. */
public record Mark(Span span, List<String> styleClasses) {
    public Mark {
        Objects.requireNonNull(span, "span");
        styleClasses = List.copyOf(styleClasses);
    }

    public Mark(Span span, String... styleClasses) {
        this(span, List.of(styleClasses));
    }
}
