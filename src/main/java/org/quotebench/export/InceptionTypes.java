package org.quotebench.export;

import org.apache.uima.UIMAFramework;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;

/**
 * The UIMA type system of the INCEpTION export: three span layers named as INCEpTION names the layers
 * a project creates ({@code webanno.custom.Quote}, {@code .Speaker}, {@code .Cue}). A quote's
 * {@code speaker} and {@code cue} features point at the mention and cue annotations; a quote in pieces
 * is one Quote annotation per piece, each piece after the first {@code continues} the one before.
 */
final class InceptionTypes {
    static final String QUOTE = "webanno.custom.Quote";
    static final String SPEAKER = "webanno.custom.Speaker";
    static final String CUE = "webanno.custom.Cue";

    static final String KIND = "kind";
    static final String STATUS = "status";
    static final String VERDICT = "verdict";
    static final String SPEAKER_NAME = "speakerName";
    static final String SPEAKER_WIKIDATA = "speakerWikidata";
    static final String SPEAKER_MENTION = "speaker";
    static final String CUE_SPAN = "cue";
    static final String CONTINUES = "continues";
    static final String UUID = "uuid";

    private static final String STRING = "uima.cas.String";
    private static final String ANNOTATION = "uima.tcas.Annotation";

    private InceptionTypes() {
    }

    static TypeSystemDescription describe() {
        TypeSystemDescription types = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
        types.setName("Quotebench");
        types.setDescription("Quotes, the mentions of their speakers and their cues, as Quotebench exports them.");
        types.addType(SPEAKER, "Where the text names a quote's speaker.", ANNOTATION);
        types.addType(CUE, "The words that mark a quote as said (\"said\", \"according to\").", ANNOTATION);
        TypeDescription quote = types.addType(QUOTE, "A quote, or one piece of a quote its attribution interrupts.",
                ANNOTATION);
        quote.addFeature(KIND, "direct, partial or indirect", STRING);
        quote.addFeature(STATUS, "suggested, accepted or rejected", STRING);
        quote.addFeature(VERDICT, "the fact-check verdict", STRING);
        quote.addFeature(SPEAKER_NAME, "who said it, as the workspace names the speaker", STRING);
        quote.addFeature(SPEAKER_WIKIDATA, "the speaker's Wikidata id (Q42)", STRING);
        quote.addFeature(SPEAKER_MENTION, "the speaker's mention in the text", SPEAKER);
        quote.addFeature(CUE_SPAN, "the cue in the text", CUE);
        quote.addFeature(CONTINUES, "the piece this piece continues (the quote's earlier piece)", QUOTE);
        quote.addFeature(UUID, "the quote's id in the workspace, the same on every piece", STRING);
        return types;
    }
}
