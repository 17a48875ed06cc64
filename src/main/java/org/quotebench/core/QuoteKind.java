package org.quotebench.core;

/** How a quote renders speech: in quote marks, a quoted phrase inside reported speech, or reported speech. */
public enum QuoteKind implements Coded {
    DIRECT("direct"),
    PARTIAL("partial"),
    INDIRECT("indirect");

    private final String code;

    QuoteKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static QuoteKind parse(String text) {
        return Coded.parse(QuoteKind.class, "quote kind", text);
    }
}
