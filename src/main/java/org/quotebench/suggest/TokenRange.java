package org.quotebench.suggest;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A run of a text's tokens read straight from its array, not copied: a line, a half of a quote
 * window, the tokens within a sentence. One class for every such run, so that the readers of token
 * lists (phrases, cues, names) are compiled for one kind of list rather than dispatching among several.
 */
final class TokenRange extends AbstractList<Token> implements RandomAccess {
    private final Token[] all;
    private final int from;
    private final int size;

    /** Tokens [{@code from}, {@code to}) of {@code all}. */
    TokenRange(Token[] all, int from, int to) {
        Objects.checkFromToIndex(from, to, all.length);
        this.all = all;
        this.from = from;
        this.size = to - from;
    }

    /** The tokens of {@code list}, in a run of their own. */
    static TokenRange of(List<Token> list) {
        Token[] copy = list.toArray(new Token[0]);
        return new TokenRange(copy, 0, copy.length);
    }

    @Override
    public Token get(int i) {
        Objects.checkIndex(i, size);
        return all[from + i];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public TokenRange subList(int a, int b) {
        Objects.checkFromToIndex(a, b, size);
        return new TokenRange(all, from + a, from + b);
    }
}
