package org.quotebench.suggest;

import org.quotebench.core.Span;

/** A speaker phrase and its cue found next to a quote; {@code adjacent} when they frame the quote directly. */
record Attribution(Mention mention, Span cue, boolean adjacent) {
}
