package org.quotebench.ui.inspector;

import java.util.function.Function;
import javafx.util.StringConverter;
import org.quotebench.core.Coded;

/** Shows a coded value in words ("out of context"), and reads it back. */
final class CodeNames<E extends Coded> extends StringConverter<E> {
    private final Function<String, E> parse;

    CodeNames(Function<String, E> parse) {
        this.parse = parse;
    }

    @Override
    public String toString(E value) {
        return value == null ? "" : value.code().replace('-', ' ');
    }

    @Override
    public E fromString(String text) {
        return text == null || text.isBlank() ? null : parse.apply(text);
    }
}
