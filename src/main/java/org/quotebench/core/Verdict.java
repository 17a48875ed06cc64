package org.quotebench.core;

/** A fact-checker's finding on whether a quote renders what was really said. */
public enum Verdict implements Coded {
    UNCHECKED("unchecked"),
    ACCURATE("accurate"),
    MISQUOTED("misquoted"),
    OUT_OF_CONTEXT("out-of-context"),
    UNVERIFIABLE("unverifiable"),
    FABRICATED("fabricated");

    private final String code;

    Verdict(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Verdict parse(String text) {
        return Coded.parse(Verdict.class, "verdict", text);
    }
}
