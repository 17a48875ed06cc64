package org.quotebench.ui.conflicts;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.quotebench.core.QuotebenchException;

/**
 * An edit of one field of a row shown in a table (a speaker's role, an event's place): the row as
 * shown, the field in the user's words, and how the row's new draft is made from a row. When someone
 * else changed the row meanwhile and the user makes the edit over theirs, the draft is made again from
 * the row as stored now, so that only the field the user typed in changes and their other changes stay.
 * A typed value the draft refuses (a date that is not a date) is reported by the edit, not thrown.
 *
 * @param <T> the row
 * @param <D> its draft
 */
@FunctionalInterface
public interface FieldEdit<T, D> {
    void edit(T seen, String field, Function<T, D> draftOf);

    /**
     * The draft made from {@code row}, or empty when the typed value does not fit it (a date that is
     * not a date; made over theirs, an end before the start they set): {@code refused} hears why.
     */
    static <T, D> Optional<D> draft(Function<T, D> draftOf, T row, Consumer<String> refused) {
        try {
            return Optional.of(draftOf.apply(row));
        } catch (QuotebenchException e) {
            refused.accept(e.getMessage());
            return Optional.empty();
        }
    }
}
