package org.quotebench.export;

import org.apache.uima.UIMAFramework;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;

/**
 * The UIMA type system of the INCEpTION export: three span layers named as INCEpTION names the layers
 * a project creates ({@code webanno.custom.Quote}, {@code .Speaker}, {@code .Cue}). A quote's
 * {@code speaker} and {@code cue} features point at the mention and cue annotations; a quote in pieces
 * is one Quote annotation per piece, each piece after the first {@code continues} the one before. Those
 * three are INCEpTION's link features (a list of links, each a {@code role} and a {@code target}; ours
 * hold one), the only kind of feature by which an INCEpTION layer points at another annotation, so that
 * importing {@code TypeSystem.xml} in a project's layer settings makes the layers with every feature
 * (INCEpTION's {@code TypeSystemAnalysis} takes a type as a span layer when each feature is a primitive
 * or such a link).
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
    /** The link types of the three link features, named as INCEpTION names those a project creates. */
    static final String SPEAKER_LINK = "webanno.custom.QuoteSpeakerLink";
    static final String CUE_LINK = "webanno.custom.QuoteCueLink";
    static final String CONTINUES_LINK = "webanno.custom.QuoteContinuesLink";
    static final String ROLE = "role";
    static final String TARGET = "target";

    private static final String STRING = "uima.cas.String";
    private static final String ANNOTATION = "uima.tcas.Annotation";
    private static final String TOP = "uima.cas.TOP";
    private static final String LIST = "uima.cas.FSArray";

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
        quote.addFeature(SPEAKER_MENTION, "the speaker's mention in the text (one link, role speaker)", LIST, SPEAKER_LINK, false);
        quote.addFeature(CUE_SPAN, "the cue in the text (one link, role cue)", LIST, CUE_LINK, false);
        quote.addFeature(CONTINUES, "the piece this piece continues, the quote's earlier piece (one link, role continues)", LIST,
                CONTINUES_LINK, false);
        link(types, SPEAKER_LINK, SPEAKER);
        link(types, CUE_LINK, CUE);
        link(types, CONTINUES_LINK, QUOTE);
        quote.addFeature(UUID, "the quote's id in the workspace, the same on every piece", STRING);
        return types;
    }

    /** A link type as INCEpTION makes them: directly under TOP, a role and a target. */
    private static void link(TypeSystemDescription types, String name, String target) {
        TypeDescription link = types.addType(name, "A link from a Quote to a " + target.substring(target.lastIndexOf('.') + 1) + ".", TOP);
        link.addFeature(ROLE, "the link's role", STRING);
        link.addFeature(TARGET, "the linked annotation", target);
    }
}
