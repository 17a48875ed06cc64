package org.quotebench.ui.conflicts;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.quotebench.core.EditConflict;
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
     * When {@code problem} refused the edit because someone else changed the row meanwhile, and the row
     * as stored now already is what the edit makes of it (they typed the same): what to tell the user
     * instead of asking ("Your change is already there: ana changed its role."). {@code asIs} is the
     * draft of a row as it is.
     */
    static <T, D> Optional<String> alreadyThere(Throwable problem, Class<T> type, Function<T, D> draftOf, Function<T, D> asIs) {
        if (problem instanceof EditConflict conflict && conflict.current(type).isPresent()) {
            T current = conflict.current(type).get();
            Optional<D> made = draft(draftOf, current, refusal -> { });
            if (made.isPresent() && made.get().equals(asIs.apply(current))) {
                return Optional.of(AlreadyThere.said(conflict));
            }
        }
        return Optional.empty();
    }

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
