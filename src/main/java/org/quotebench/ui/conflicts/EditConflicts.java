package org.quotebench.ui.conflicts;

import java.util.function.Consumer;
import org.quotebench.core.EditConflict;

/**
 * What the window does when one of its edits was refused because someone else changed the row since
 * the window read it (issue 25): the panes already show the row as stored now; this asks the user to
 * keep that or to make their own change over it ({@code replace}).
 */
@FunctionalInterface
public interface EditConflicts {
    /** {@code yourChange} names the refused edit in the undo menu's words ("Change verdict"). */
    void decide(EditConflict conflict, String yourChange, Runnable replace);

    /**
     * When {@code problem} refused an edit of a row of {@code type} (a speaker, an event) because
     * someone else changed it meanwhile: asks, and makes the edit again on the row as stored now
     * ({@code again}) when the user says so. Returns whether it was such a refusal.
     */
    default <T> boolean offer(Throwable problem, Class<T> type, String yourChange, Consumer<T> again) {
        if (problem instanceof EditConflict conflict && conflict.current(type).isPresent()) {
            T current = conflict.current(type).get();
            decide(conflict, yourChange, () -> again.accept(current));
            return true;
        }
        return false;
    }
}
