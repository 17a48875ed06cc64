package org.quotebench.ui.conflicts;

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
}
