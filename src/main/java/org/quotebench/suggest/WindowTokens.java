package org.quotebench.suggest;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The tokens of a quote window as one list without copying them: the text's tokens before the quote,
 * then those after it. A window is cut around every quote, and on text dense in quotes each token
 * stands in some eight windows; a copy per window was a third of what ranking allocated.
 */
final class WindowTokens extends AbstractList<Token> implements RandomAccess {
    private final Token[] all;
    private final int leftStart;
    private final int split;
    /** Where the tokens after the quote start, less {@code split}: window token i past the split is text token i + rightShift. */
    private final int rightShift;
    private final int size;

    /** The text's tokens [{@code leftStart}, {@code leftEnd}) and [{@code rightStart}, {@code rightEnd}). */
    WindowTokens(Token[] all, int leftStart, int leftEnd, int rightStart, int rightEnd) {
        this.all = all;
        this.leftStart = leftStart;
        this.split = leftEnd - leftStart;
        this.rightShift = rightStart - split;
        this.size = split + rightEnd - rightStart;
    }

    @Override
    public Token get(int i) {
        java.util.Objects.checkIndex(i, size);
        return all[i < split ? leftStart + i : rightShift + i];
    }

    @Override
    public int size() {
        return size;
    }
}
