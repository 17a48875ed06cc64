package org.quotebench.store;

import org.quotebench.core.QuotebenchException;

/** A merge that would put rows in the wrong place (a UUID that names something else here); the whole merge is undone. */
public final class MergeRefused extends QuotebenchException {
    private static final long serialVersionUID = 1L;

    MergeRefused(String reason) {
        super(reason);
    }
}
