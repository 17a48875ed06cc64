package org.quotebench.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.collection.CollectionReaderDescription;
import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.dkpro.core.io.xmi.XmiReader;
import org.quotebench.core.Span;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/**
 * Reads an INCEpTION export back as INCEpTION does: DKPro Core's XmiReader, lenient, with the export's
 * type system beside DKPro Core's own types (an INCEpTION project has both). Gives each quote with
 * its pieces joined by their {@code continues} links.
 */
public final class InceptionReader {
    private InceptionReader() {
    }

    /** A quote read back: the file and text it is in, its pieces (UTF-16 offsets, Java's), features and links. */
    public record ReadQuote(String file, String text, List<Span> pieces, String kind, String status, String verdict,
            String speaker, String wikidata, Optional<Span> mention, Optional<Span> cue) {

        /** The text of each piece. */
        public List<String> words() {
            return pieces.stream().map(p -> text.substring(p.start(), p.end())).toList();
        }

        public Optional<String> mentionText() {
            return mention.map(m -> text.substring(m.start(), m.end()));
        }

        public Optional<String> cueText() {
            return cue.map(c -> text.substring(c.start(), c.end()));
        }
    }

    public static List<ReadQuote> read(Path folder) throws Exception {
        List<ReadQuote> quotes = new ArrayList<>();
        for (JCas jcas : SimplePipeline.iteratePipeline(reader(folder))) {
            quotes.addAll(quotes(jcas));
        }
        return quotes;
    }

    private static CollectionReaderDescription reader(Path folder) throws Exception {
        TypeSystemDescription types = CasCreationUtils.mergeTypeSystems(List.of(
                UIMAFramework.getXMLParser().parseTypeSystemDescription(new XMLInputSource(folder.resolve(InceptionExport.TYPE_SYSTEM)
                        .toFile())), TypeSystemDescriptionFactory.createTypeSystemDescription()));
        return CollectionReaderFactory.createReaderDescription(XmiReader.class, types, XmiReader.PARAM_SOURCE_LOCATION,
                folder.toString(), XmiReader.PARAM_PATTERNS, "*.xmi", XmiReader.PARAM_LENIENT, true);
    }

    private static List<ReadQuote> quotes(JCas jcas) {
        CAS cas = jcas.getCas();
        String file = DocumentMetaData.get(jcas).getDocumentId();
        Type type = cas.getTypeSystem().getType(InceptionTypes.QUOTE);
        List<AnnotationFS> firsts = new ArrayList<>();
        Map<FeatureStructure, AnnotationFS> next = new HashMap<>();
        for (AnnotationFS piece : cas.<AnnotationFS>getAnnotationIndex(type)) {
            FeatureStructure previous = target(piece, InceptionTypes.CONTINUES);
            if (previous == null) {
                firsts.add(piece);
            } else {
                next.put(previous, piece);
            }
        }
        List<ReadQuote> quotes = new ArrayList<>();
        for (AnnotationFS first : firsts) {
            List<Span> pieces = new ArrayList<>();
            for (AnnotationFS piece = first; piece != null; piece = next.get(piece)) {
                pieces.add(new Span(piece.getBegin(), piece.getEnd()));
            }
            quotes.add(new ReadQuote(file, jcas.getDocumentText(), pieces, string(first, InceptionTypes.KIND),
                    string(first, InceptionTypes.STATUS), string(first, InceptionTypes.VERDICT),
                    string(first, InceptionTypes.SPEAKER_NAME), string(first, InceptionTypes.SPEAKER_WIKIDATA),
                    span(first, InceptionTypes.SPEAKER_MENTION), span(first, InceptionTypes.CUE_SPAN)));
        }
        return quotes;
    }

    private static String string(AnnotationFS annotation, String feature) {
        return annotation.getStringValue(annotation.getType().getFeatureByBaseName(feature));
    }

    private static Optional<Span> span(AnnotationFS annotation, String feature) {
        AnnotationFS linked = target(annotation, feature);
        return Optional.ofNullable(linked).map(a -> new Span(a.getBegin(), a.getEnd()));
    }

    /** The target of a link feature's one link ({@code role}, {@code target}), as INCEpTION keeps links; null for none. */
    private static AnnotationFS target(AnnotationFS annotation, String feature) {
        org.apache.uima.cas.ArrayFS<?> links = (org.apache.uima.cas.ArrayFS<?>) annotation.getFeatureValue(
                annotation.getType().getFeatureByBaseName(feature));
        if (links == null || links.size() == 0) {
            return null;
        }
        FeatureStructure link = links.get(0);
        assertThat(link.getStringValue(link.getType().getFeatureByBaseName(InceptionTypes.ROLE))).as("the link's role").isEqualTo(feature);
        return (AnnotationFS) link.getFeatureValue(link.getType().getFeatureByBaseName(InceptionTypes.TARGET));
    }
}
