package org.quotebench.ui.conflicts;

import java.util.function.Function;

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
}
