package org.quotebench.compare;

/** What a fact-checker should look at in a statement; each with the sentence a tooltip shows. */
public enum Flag {
    WORDING_DIFFERS("wording-differs", "The outlets' versions differ in their wording (not only in how much they quote)."),
    WORDS_ADDED("words-added", "A version in quotation marks has words that another quoted version of the same passage lacks."),
    DIFFERENT_SPEAKERS("different-speakers", "The outlets credit the words to different speakers."),
    DIRECT_VS_PARAPHRASE("direct-vs-paraphrase", "A direct or partial quote in one outlet is reported speech in another."),
    ONE_OUTLET("one-outlet", "Only one outlet has these words.");

    private final String code;
    private final String explanation;

    Flag(String code, String explanation) {
        this.code = code;
        this.explanation = explanation;
    }

    public String code() {
        return code;
    }

    public String explanation() {
        return explanation;
    }
}
