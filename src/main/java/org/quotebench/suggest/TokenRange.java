package org.quotebench.suggest;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A run of a text's tokens read straight from its array, not copied: a line, a half of a quote
 * window, the tokens within a sentence; or two runs read as one list, such as a quote window's tokens
 * before the quote and after it. One class for every such list, so that the readers of token lists
 * (phrases, cues, names, a window's candidates) are compiled for one kind of list rather than
 * dispatching among several (on text dense in quotes each token stands in some eight windows: a
 * copy per window was a third of what ranking allocated).
 */
final class TokenRange extends AbstractList<Token> implements RandomAccess {
    private final Token[] all;
    /** Where the first run starts in {@code all}, and how long it is. */
    private final int from;
    private final int split;
    /** Where the second run starts, less {@code split}: token i past the split is {@code all[shift + i]}. */
    private final int shift;
    private final int size;

    /** Tokens [{@code from}, {@code to}) of {@code all}. */
    TokenRange(Token[] all, int from, int to) {
        this(all, from, to, to, to);
    }

    /** Tokens [{@code leftStart}, {@code leftEnd}) of {@code all}, then [{@code rightStart}, {@code rightEnd}). */
    TokenRange(Token[] all, int leftStart, int leftEnd, int rightStart, int rightEnd) {
        Objects.checkFromToIndex(leftStart, leftEnd, all.length);
        Objects.checkFromToIndex(rightStart, rightEnd, all.length);
        this.all = all;
        this.from = leftStart;
        this.split = leftEnd - leftStart;
        this.shift = rightStart - split;
        this.size = split + rightEnd - rightStart;
    }

    /** The tokens of {@code list}, in a run of their own. */
    static TokenRange of(List<Token> list) {
        Token[] copy = list.toArray(new Token[0]);
        return new TokenRange(copy, 0, copy.length);
    }

    @Override
    public Token get(int i) {
        Objects.checkIndex(i, size);
        return all[i < split ? from + i : shift + i];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public TokenRange subList(int a, int b) {
        Objects.checkFromToIndex(a, b, size);
        if (b <= split) {
            return new TokenRange(all, from + a, from + b);
        }
        if (a >= split) {
            return new TokenRange(all, shift + a, shift + b);
        }
        return new TokenRange(all, from + a, from + split, shift + split, shift + b);
    }
}
