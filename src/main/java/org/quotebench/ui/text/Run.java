package org.quotebench.ui.text;

import java.util.List;

/** A stretch of display text with one set of style classes; a pane's runs cover its text in order. */
public record Run(int length, List<String> styleClasses) {
    public Run {
        if (length < 0) {
            throw new IllegalArgumentException("A run cannot have a negative length: " + length);
        }
        styleClasses = List.copyOf(styleClasses);
    }
}
