package org.quotebench.core;

import java.util.Optional;

/**
 * An edit refused because it was made on an older revision of a row than the stored one (issue 25):
 * someone else (another teammate, window or program) changed it in between. Nothing of the edit was
 * stored. The message names who changed what; {@code current} is the row as stored now, for the
 * window to show, keep or replace.
 */
public final class EditConflict extends QuotebenchException {
    private static final long serialVersionUID = 1L;

    private final Revision theirs;
    private final transient Object current;

    public EditConflict(String message, Revision theirs, Object current) {
        super(message);
        this.theirs = theirs;
        this.current = current;
    }

    /** The stored revision the edit met. */
    public Revision theirs() {
        return theirs;
    }

    /** The row as stored now, if it is of this type (a {@link Quote}, a {@link Speaker}…). */
    public <T> Optional<T> current(Class<T> type) {
        return type.isInstance(current) ? Optional.of(type.cast(current)) : Optional.empty();
    }

    /** The refusal for a quote: "The quote “…” changed since you read it: ana changed its verdict. Your change was not stored." */
    public static EditConflict ofQuote(Quote current) {
        return new EditConflict("The quote “" + Abbreviate.of(current.words()) + "” (" + current.id() + ") changed since you read it: "
                + current.revision().changeSaid() + ". Your change was not stored.", current.revision(), current);
    }
}
