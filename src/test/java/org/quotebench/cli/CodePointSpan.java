package org.quotebench.cli;

/** Where words first stand in a text, as the command line takes a span: START:END in code points. */
final class CodePointSpan {
    private CodePointSpan() {
    }

    static String of(String text, String words) {
        int start = text.indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in the text");
        }
        return text.codePointCount(0, start) + ":" + text.codePointCount(0, start + words.length());
    }
}
