package org.quotebench.ui.conflicts;

import org.quotebench.core.EditConflict;
import org.quotebench.core.Revision;

/**
 * What the window says when an edit met someone else's change that already made it (both typed the
 * same): nothing was stored, nothing is asked, there is nothing to undo.
 */
public final class AlreadyThere {
    private AlreadyThere() {
    }

    /** "Your change is already there: ana changed its role." */
    public static String said(Revision theirs) {
        return "Your change is already there: " + theirs.changeSaid() + ".";
    }

    static String said(EditConflict conflict) {
        return said(conflict.theirs());
    }
}
