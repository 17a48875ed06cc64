package org.quotebench.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.quotebench.core.Coded;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Speaker;
import org.quotebench.core.Verdict;

/**
 * brat's standoff format: a folder with {@code NAME.txt} (the article's text, exactly) and
 * {@code NAME.ann} per article, and the {@code annotation.conf} and {@code tools.conf} that make brat
 * show them. Quotes, speaker mentions and cues are text-bound annotations (offsets in code points, as
 * brat counts; a quote in pieces has one fragment per piece, and a span across lines is split into
 * fragments at the line breaks, as brat wants), joined by {@code SaidBy} and {@code CuedBy} relations;
 * a mention or cue that several quotes share is written once and every relation points at it; kind, status and verdict are attributes of
 * the quote; a speaker's Wikidata id is a normalisation of the mention, and the speaker's name its note.
 */
public final class BratExport {
    private BratExport() {
    }

    /**
     * Writes the folder (created if needed); returns the names given to the articles, in order. Without
     * {@code normalisations}, no Wikidata normalisation (N) lines.
     */
    public static List<String> write(Iterable<ExportedArticle> articles, Path folder, boolean normalisations) throws IOException {
        Files.createDirectories(folder);
        org.quotebench.store.PartFiles.removeLeftovers(folder);
        Exports.replace(folder.resolve("annotation.conf"), annotationConf());
        // brat's documented form: <URL> the database's home, <URLBASE> an entry's page with %s for its id
        Exports.replace(folder.resolve("tools.conf"),
                "[normalization]\nWikidata\t<URL>:https://www.wikidata.org/, <URLBASE>:https://www.wikidata.org/wiki/%s\n");
        List<String> names = new ArrayList<>();
        ArticleFileNames fileNames = new ArticleFileNames();
        for (ExportedArticle exported : articles) {
            String name = fileNames.of(exported);
            names.add(name);
            // Each file is written beside itself and moved into place: a link or a hard link of the same
            // name is replaced, never written through (it could lead to a workspace).
            Exports.replace(folder.resolve(name + ".txt"), exported.article().text());
            // Each annotator's quotes in a file of their own, NAME_ANNOTATOR.ann beside a copy of the text
            // that brat opens it with (the importer takes a copy equal to NAME.txt as the annotator's, as
            // corpora ship them); NAME.ann holds the quotes nobody is named for, and may be empty
            for (Map.Entry<String, ExportedArticle> file : fileNames.annotatorFiles(exported, name).entrySet()) {
                if (!file.getKey().equals(name)) {
                    Exports.replace(folder.resolve(file.getKey() + ".txt"), exported.article().text());
                }
                Exports.replace(folder.resolve(file.getKey() + ".ann"), ann(file.getValue(), normalisations));
            }
        }
        return names;
    }

    /** The standoff annotations of one article; without {@code normalisations}, no N lines. */
    static String ann(ExportedArticle exported, boolean normalisations) {
        StringBuilder out = new StringBuilder();
        int t = 0;
        int r = 0;
        int a = 0;
        int n = 0;
        int notes = 0;
        String text = exported.article().text();
        Map<String, String> written = new HashMap<>(); // "Type ranges" of each mention and cue written, and its id
        for (Quote quote : exported.quotes()) {
            String q = "T" + ++t;
            out.append(q).append('\t').append("Quote ").append(ranges(quote.fragments(), exported, text)).append('\n');
            out.append("A").append(++a).append("\tKind ").append(q).append(' ').append(quote.kind().code()).append('\n');
            out.append("A").append(++a).append("\tStatus ").append(q).append(' ').append(quote.status().code()).append('\n');
            out.append("A").append(++a).append("\tVerdict ").append(q).append(' ').append(quote.verdict().code()).append('\n');
            if (quote.mention().isPresent()) {
                String key = "Speaker " + ranges(List.of(quote.mention().get()), exported, text);
                String m = written.get(key);
                boolean first = m == null;
                if (first) {
                    m = "T" + ++t;
                    written.put(key, m);
                    out.append(m).append('\t').append(key).append('\n');
                }
                out.append("R").append(++r).append("\tSaidBy Arg1:").append(q).append(" Arg2:").append(m).append('\n');
                Speaker speaker = quote.speaker().orElse(null);
                if (speaker != null && first) {
                    out.append("#").append(++notes).append("\tAnnotatorNotes ").append(m).append('\t').append(oneLine(speaker.name()))
                            .append('\n');
                    if (normalisations && speaker.wikidata().isPresent()) {
                        out.append("N").append(++n).append("\tReference ").append(m).append(" Wikidata:")
                                .append(speaker.wikidata().get().value()).append('\t').append(oneLine(speaker.name())).append('\n');
                    }
                }
            }
            if (quote.cue().isPresent()) {
                String key = "Cue " + ranges(List.of(quote.cue().get()), exported, text);
                String c = written.get(key);
                if (c == null) {
                    c = "T" + ++t;
                    written.put(key, c);
                    out.append(c).append('\t').append(key).append('\n');
                }
                out.append("R").append(++r).append("\tCuedBy Arg1:").append(q).append(" Arg2:").append(c).append('\n');
            }
        }
        return out.toString();
    }

    /** "10 20;21 30\twords words": one fragment per piece, each split at line breaks, offsets in code points. */
    private static String ranges(List<Span> spans, ExportedArticle exported, String text) {
        List<String> ranges = new ArrayList<>();
        List<String> pieces = new ArrayList<>();
        for (Span span : spans) {
            int start = span.start();
            while (start < span.end()) {
                int lineEnd = text.indexOf('\n', start);
                int end = lineEnd < 0 || lineEnd > span.end() ? span.end() : lineEnd;
                if (end > start) {
                    ranges.add(exported.codePoint(start) + " " + exported.codePoint(end));
                    pieces.add(text.substring(start, end));
                }
                start = end + 1;
            }
        }
        return String.join(";", ranges) + "\t" + String.join(" ", pieces);
    }

    static String annotationConf() {
        return "# Quotebench's export: quotes, their speakers' mentions and cues.\n"
                + "[entities]\nQuote\nSpeaker\nCue\n\n"
                + "[relations]\nSaidBy\tArg1:Quote, Arg2:Speaker\nCuedBy\tArg1:Quote, Arg2:Cue\n"
                + "<OVERLAP>\tArg1:Quote, Arg2:Quote, <OVL-TYPE>:<ANY>\n"
                + "<OVERLAP>\tArg1:Quote, Arg2:Speaker|Cue, <OVL-TYPE>:<ANY>\n"
                // "Kremlin spokesman Dmitry Peskov" for one quote, "Dmitry Peskov" for another: mentions and cues nest
                + "<OVERLAP>\tArg1:Speaker|Cue, Arg2:Speaker|Cue, <OVL-TYPE>:<ANY>\n\n"
                + "[events]\n\n"
                + "[attributes]\n"
                + "Kind\tArg:Quote, Value:" + values(QuoteKind.values()) + "\n"
                + "Status\tArg:Quote, Value:" + values(QuoteStatus.values()) + "\n"
                + "Verdict\tArg:Quote, Value:" + values(Verdict.values()) + "\n";
    }

    private static String values(Coded[] codes) {
        return Arrays.stream(codes).map(Coded::code).collect(Collectors.joining("|"));
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
