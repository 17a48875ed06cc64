package org.quotebench.suggest;

/**
 * One quotation found between marks: {@code open} and {@code close} are the indices of the first
 * opening and the last closing mark, the words lie in [{@code start}, {@code end}).
 */
record QuotedSpan(int open, int close, boolean multiParagraph) {
    int start() {
        return open + 1;
    }

    int end() {
        return close;
    }
}
