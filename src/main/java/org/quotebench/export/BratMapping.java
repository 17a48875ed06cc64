package org.quotebench.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.QuotebenchException;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;
import org.quotebench.core.WikidataId;

/**
 * Which brat types are quotes, speakers' mentions and cues, and how they are joined: by events whose
 * roles are those types (PARC-style corpora: {@code Attribution} events over {@code Source},
 * {@code Cue} and {@code Content}), or by relations from the quote (Quotebench's own export:
 * {@code SaidBy}, {@code CuedBy}), with {@code Kind}, {@code Status} and {@code Verdict} attributes.
 */
public record BratMapping(String quote, String mention, String cue) {
    /** PolNeAR and other PARC-style attribution corpora. */
    public static final BratMapping PARC = new BratMapping("Content", "Source", "Cue");
    /** What {@code export --format brat} writes. */
    public static final BratMapping QUOTEBENCH = new BratMapping("Quote", "Speaker", "Cue");

    private static final String QUOTE_MARKS = "\"“”„‟«»‹›'‘’‚「」";

    /** {@code Content=quote,Source=mention,Cue=cue}, or a built-in name: {@code parc}, {@code quotebench}. */
    public static BratMapping parse(String spec) {
        String s = spec.strip();
        if (s.equalsIgnoreCase("parc")) {
            return PARC;
        }
        if (s.equalsIgnoreCase("quotebench")) {
            return QUOTEBENCH;
        }
        Map<String, String> roles = new LinkedHashMap<>();
        for (String pair : s.split(",")) {
            String[] kv = pair.split("=");
            if (kv.length != 2) {
                throw new QuotebenchException("A brat mapping is TYPE=quote,TYPE=mention,TYPE=cue (or parc, or quotebench); got '" + spec + "'.");
            }
            roles.put(kv[1].strip().toLowerCase(Locale.ROOT), kv[0].strip());
        }
        if (!roles.containsKey("quote")) {
            throw new QuotebenchException("A brat mapping needs a type for quotes, such as Content=quote.");
        }
        return new BratMapping(roles.get("quote"), roles.getOrDefault("mention", "-"), roles.getOrDefault("cue", "-"));
    }

    /** The built-in mapping that fits the file: Quotebench's own types, else PARC's. */
    public static BratMapping guess(BratDocument doc) {
        return doc.textBounds().values().stream().anyMatch(t -> t.type().equals("Quote")) ? QUOTEBENCH : PARC;
    }

    /**
     * The quotes in {@code doc}: one per quote-type annotation, in pieces where the annotation has
     * fragments with words between them ("We will," she said, "and soon."); fragments with only spaces or
     * line breaks between them are one piece (brat splits a span at each line break).
     */
    public List<AnnotatedQuote> quotes(BratDocument doc) {
        Map<String, String> mentionOf = new LinkedHashMap<>();
        Map<String, String> cueOf = new LinkedHashMap<>();
        for (BratDocument.Event e : doc.events()) {
            for (String content : roleOf(e, quote)) {
                first(roleOf(e, mention)).ifPresent(m -> mentionOf.putIfAbsent(content, m));
                first(roleOf(e, cue)).ifPresent(c -> cueOf.putIfAbsent(content, c));
            }
        }
        for (BratDocument.Relation r : doc.relations()) {
            link(doc, r.arg1(), r.arg2(), mentionOf, cueOf);
            link(doc, r.arg2(), r.arg1(), mentionOf, cueOf);
        }
        Map<String, Map<String, BratDocument.Attribute>> attributes = new LinkedHashMap<>();
        doc.attributes().forEach(a -> attributes.computeIfAbsent(a.target(), t -> new LinkedHashMap<>())
                .put(a.type().toLowerCase(Locale.ROOT), a));
        List<AnnotatedQuote> quotes = new ArrayList<>();
        for (BratDocument.TextBound t : doc.textBounds().values()) {
            if (!t.type().equals(quote)) {
                continue;
            }
            Optional<BratDocument.TextBound> m = Optional.ofNullable(mentionOf.get(t.id())).map(doc.textBounds()::get);
            Optional<BratDocument.TextBound> c = Optional.ofNullable(cueOf.get(t.id())).map(doc.textBounds()::get);
            Map<String, BratDocument.Attribute> given = attributes.getOrDefault(t.id(), Map.of());
            Optional<String> speaker = m.flatMap(mt -> AnnotatedQuote.speakerNamed(doc.notes().getOrDefault(mt.id(), mt.text())));
            Optional<WikidataId> wikidata = m.map(mt -> doc.normalisations().get(mt.id())).filter(n -> n.value().startsWith("Wikidata:"))
                    .map(n -> parsed(doc, n, v -> new WikidataId(v.substring("Wikidata:".length()))));
            QuoteStatus status = Optional.ofNullable(given.get("status")).map(a -> parsed(doc, a, QuoteStatus::parse))
                    .orElse(QuoteStatus.ACCEPTED);
            Verdict verdict = Optional.ofNullable(given.get("verdict")).map(a -> parsed(doc, a, Verdict::parse)).orElse(Verdict.UNCHECKED);
            QuoteKind kind = Optional.ofNullable(given.get("kind")).map(a -> parsed(doc, a, QuoteKind::parse)).orElse(kindOf(t.text()));
            List<Span> pieces = t.pieces();
            quotes.add(new AnnotatedQuote(t.hull(), kind, status, verdict, speaker, wikidata, m.map(BratDocument.TextBound::hull),
                    c.map(BratDocument.TextBound::hull), List.of(), Optional.empty(), Optional.empty(), pieces));
        }
        return quotes;
    }

    /** An attribute's value read by {@code parse}; a value it refuses is refused at the attribute's line. */
    private static <T> T parsed(BratDocument doc, BratDocument.Attribute attribute, java.util.function.Function<String, T> parse) {
        try {
            return parse.apply(attribute.value());
        } catch (QuotebenchException e) {
            throw new QuotebenchException(doc.at(attribute.line(), attribute.id() + ": " + e.getMessage()));
        }
    }

    private void link(BratDocument doc, String from, String to, Map<String, String> mentionOf, Map<String, String> cueOf) {
        BratDocument.TextBound a = doc.textBounds().get(from);
        BratDocument.TextBound b = doc.textBounds().get(to);
        if (a == null || b == null || !a.type().equals(quote)) {
            return;
        }
        if (b.type().equals(mention)) {
            mentionOf.putIfAbsent(from, to);
        } else if (b.type().equals(cue)) {
            cueOf.putIfAbsent(from, to);
        }
    }

    private static List<String> roleOf(BratDocument.Event e, String type) {
        return e.roles().getOrDefault(type, List.of());
    }

    private static Optional<String> first(List<String> refs) {
        return refs.isEmpty() ? Optional.empty() : Optional.of(refs.get(0));
    }

    /** Direct when the words open and close with quotation marks, partial when they hold some, indirect otherwise. */
    static QuoteKind kindOf(String words) {
        String s = words.strip();
        long marks = s.chars().filter(ch -> QUOTE_MARKS.indexOf(ch) >= 0 && ch != '\'' && ch != '’').count();
        if (marks == 0) {
            return QuoteKind.INDIRECT;
        }
        String core = s.replaceAll("[\\s.,;:!?—–-]+$", "");
        boolean opens = !core.isEmpty() && QUOTE_MARKS.indexOf(core.charAt(0)) >= 0;
        boolean closes = !core.isEmpty() && QUOTE_MARKS.indexOf(core.charAt(core.length() - 1)) >= 0;
        return opens && closes ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
    }
}
