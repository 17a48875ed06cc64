package org.quotebench.core;

/** Whether a quote was proposed by the quote finder, accepted by a person, or rejected. */
public enum QuoteStatus implements Coded {
    SUGGESTED("suggested"),
    ACCEPTED("accepted"),
    REJECTED("rejected");

    private final String code;

    QuoteStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static QuoteStatus parse(String text) {
        return Coded.parse(QuoteStatus.class, "status", text);
    }
}
