package org.quotebench.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.uima.cas.ArrayFS;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.quotebench.core.Quote;
import org.quotebench.core.Span;
import org.quotebench.core.Speaker;

/**
 * INCEpTION's UIMA CAS XMI (XML 1.0): a folder with the type system ({@code TypeSystem.xml}) and one
 * {@code NAME.xmi} per article, and per annotator a {@code NAME_ANNOTATOR.xmi} of their own (as brat's
 * layout), written with Apache UIMA. Offsets are UTF-16 units, as UIMA counts; the article's text is
 * the document text, exactly, but for characters XML 1.0 cannot hold (controls, lone surrogates), each
 * written as a space so every offset stays true. See {@link InceptionTypes} for the layers.
 */
public final class InceptionExport {
    static final String TYPE_SYSTEM = "TypeSystem.xml";

    private InceptionExport() {
    }

    /** Writes the folder (created if needed); returns the names given to the articles, in order. */
    public static List<String> write(Iterable<ExportedArticle> articles, Path folder) throws IOException {
        Files.createDirectories(folder);
        org.quotebench.store.PartFiles.removeLeftovers(folder);
        TypeSystemDescription types = InceptionTypes.describe();
        CAS cas;
        try {
            cas = CasCreationUtils.createCas(types, null, null);
        } catch (ResourceInitializationException e) {
            throw new IllegalStateException("The INCEpTION type system does not build", e);
        }
        ByteArrayOutputStream typeSystem = new ByteArrayOutputStream();
        try {
            types.toXML(typeSystem);
        } catch (org.xml.sax.SAXException e) {
            throw new IOException("the type system could not be written: " + e.getMessage(), e);
        }
        Exports.replace(folder.resolve(TYPE_SYSTEM), typeSystem.toString(StandardCharsets.UTF_8));
        List<String> names = new ArrayList<>();
        ArticleFileNames fileNames = new ArticleFileNames();
        for (ExportedArticle exported : articles) {
            String name = fileNames.of(exported);
            names.add(name);
            for (Map.Entry<String, ExportedArticle> file : fileNames.annotatorFiles(exported, name).entrySet()) {
                Exports.replace(folder.resolve(file.getKey() + ".xmi"), xmi(cas, file.getValue()));
            }
        }
        return names;
    }

    /** One article's CAS as XMI. */
    static String xmi(CAS cas, ExportedArticle exported) throws IOException {
        cas.reset();
        cas.setDocumentText(xmlSafe(exported.article().text()));
        cas.setDocumentLanguage(exported.article().info().metadata().language().orElse("x-unspecified"));
        Type quoteType = cas.getTypeSystem().getType(InceptionTypes.QUOTE);
        Map<String, AnnotationFS> written = new HashMap<>(); // each distinct mention and cue once, shared by its quotes
        for (Quote quote : exported.quotes()) {
            Optional<AnnotationFS> mention = quote.mention().map(span -> once(cas, InceptionTypes.SPEAKER, span, written));
            Optional<AnnotationFS> cue = quote.cue().map(span -> once(cas, InceptionTypes.CUE, span, written));
            AnnotationFS previous = null;
            for (Span piece : quote.fragments()) {
                AnnotationFS annotation = cas.createAnnotation(quoteType, piece.start(), piece.end());
                set(annotation, InceptionTypes.KIND, quote.kind().code());
                set(annotation, InceptionTypes.STATUS, quote.status().code());
                set(annotation, InceptionTypes.VERDICT, quote.verdict().code());
                set(annotation, InceptionTypes.UUID, quote.uuid());
                Optional<Speaker> speaker = quote.speaker();
                speaker.ifPresent(s -> set(annotation, InceptionTypes.SPEAKER_NAME, s.name()));
                speaker.flatMap(Speaker::wikidata).ifPresent(id -> set(annotation, InceptionTypes.SPEAKER_WIKIDATA, id.value()));
                mention.ifPresent(m -> link(cas, annotation, InceptionTypes.SPEAKER_MENTION, InceptionTypes.SPEAKER_LINK, m));
                cue.ifPresent(c -> link(cas, annotation, InceptionTypes.CUE_SPAN, InceptionTypes.CUE_LINK, c));
                if (previous != null) {
                    link(cas, annotation, InceptionTypes.CONTINUES, InceptionTypes.CONTINUES_LINK, previous);
                }
                cas.addFsToIndexes(annotation);
                previous = annotation;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XmiCasSerializer.serialize(cas, cas.getTypeSystem(), out, true, null);
        } catch (org.xml.sax.SAXException e) {
            throw new IOException("the XMI could not be written: " + e.getMessage(), e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static AnnotationFS once(CAS cas, String type, Span span, Map<String, AnnotationFS> written) {
        return written.computeIfAbsent(type + " " + span.start() + " " + span.end(), key -> {
            AnnotationFS annotation = cas.createAnnotation(cas.getTypeSystem().getType(type), span.start(), span.end());
            cas.addFsToIndexes(annotation);
            return annotation;
        });
    }

    /** Sets link feature {@code name} of {@code from} to one link of {@code linkType}, role the feature's name, to {@code target}. */
    private static void link(CAS cas, AnnotationFS from, String name, String linkType, AnnotationFS target) {
        Type type = cas.getTypeSystem().getType(linkType);
        FeatureStructure link = cas.createFS(type);
        link.setStringValue(type.getFeatureByBaseName(InceptionTypes.ROLE), name);
        link.setFeatureValue(type.getFeatureByBaseName(InceptionTypes.TARGET), target);
        ArrayFS<FeatureStructure> links = cas.createArrayFS(1);
        links.set(0, link);
        from.setFeatureValue(feature(from, name), links);
    }

    private static void set(AnnotationFS annotation, String name, String value) {
        annotation.setStringValue(feature(annotation, name), xmlSafe(value));
    }

    private static Feature feature(AnnotationFS annotation, String name) {
        return annotation.getType().getFeatureByBaseName(name);
    }

    /**
     * The text with each character XML 1.0 cannot hold (controls other than tab, line feed and return;
     * lone surrogates; U+FFFE and U+FFFF) as a space: one UTF-16 unit for one, so offsets hold.
     */
    static String xmlSafe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            boolean legal = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!legal && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(legal ? c : ' ');
            }
        }
        return out == null ? text : out.toString();
    }
}
