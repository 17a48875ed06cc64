package org.quotebench.core;

/** What sort of speaker a quote is attributed to. */
public enum SpeakerKind implements Coded {
    PERSON("person"),
    ORGANISATION("organisation"),
    GROUP("group"),
    UNNAMED("unnamed");

    private final String code;

    SpeakerKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static SpeakerKind parse(String text) {
        return Coded.parse(SpeakerKind.class, "speaker kind", text);
    }
}
