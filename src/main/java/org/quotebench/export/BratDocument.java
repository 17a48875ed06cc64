package org.quotebench.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quotebench.core.QuotebenchException;
import org.quotebench.core.Span;

/**
 * One brat {@code .ann} file, read and checked against its text: text-bound annotations (offsets in
 * code points, as brat counts, fragments split by ';'), events, relations, attributes, notes and
 * normalisations. Every text-bound annotation's offsets must slice the text to exactly the words the
 * line gives (fragments joined by a space); anything else refuses the whole file, naming the line.
 * Line types Quotebench has no use for are counted, not refused.
 */
public record BratDocument(Map<String, TextBound> textBounds, List<Event> events, List<Relation> relations,
        List<Attribute> attributes, Map<String, String> notes, Map<String, String> normalisations, int skippedLines) {

    /** {@code T1\tType 10 20;25 30\twords}: fragments in code points. */
    public record TextBound(String id, String type, List<Span> fragments, String text, int line) {
        /** From the first fragment's start to the last one's end. */
        public Span hull() {
            return new Span(fragments.get(0).start(), fragments.get(fragments.size() - 1).end());
        }
    }

    /** {@code E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1}: roles in order, with their numbered repeats. */
    public record Event(String id, String type, String trigger, Map<String, List<String>> roles, int line) {
    }

    public record Relation(String id, String type, String arg1, String arg2, int line) {
    }

    public record Attribute(String id, String type, String target, String value) {
    }

    /** Reads {@code ann} (named {@code file} in messages) against {@code text}. */
    public static BratDocument read(String file, String ann, String text) {
        int[] codePoints = text.codePoints().toArray();
        Map<String, TextBound> textBounds = new LinkedHashMap<>();
        List<Event> events = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        List<Attribute> attributes = new ArrayList<>();
        Map<String, String> notes = new HashMap<>();
        Map<String, String> normalisations = new HashMap<>();
        int skipped = 0;
        String[] lines = ann.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            String id = fields[0];
            char kind = id.charAt(0);
            try {
                switch (kind) {
                    case 'T' -> {
                        TextBound t = textBound(file, fields, number, codePoints);
                        textBounds.put(t.id(), t);
                    }
                    case 'E' -> events.add(event(fields, number));
                    case 'R' -> {
                        String[] parts = fields[1].split(" ");
                        relations.add(new Relation(id, parts[0], argument(parts[1]), argument(parts[2]), number));
                    }
                    case 'A', 'M' -> {
                        String[] parts = fields[1].split(" ");
                        attributes.add(new Attribute(id, parts[0], parts[1], parts.length > 2 ? parts[2] : "true"));
                    }
                    case '#' -> notes.put(fields[1].split(" ")[1], fields.length > 2 ? fields[2] : "");
                    case 'N' -> {
                        String[] parts = fields[1].split(" ");
                        normalisations.put(parts[1], parts[2]);
                    }
                    default -> skipped++;
                }
            } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
                throw new QuotebenchException(file + ":" + number + ": not a brat annotation line: " + AnnotationFiles.shorten(line));
            }
        }
        for (Event e : events) {
            e.roles().values().stream().flatMap(List::stream).filter(ref -> !textBounds.containsKey(ref)).findFirst()
                    .ifPresent(ref -> {
                        throw new QuotebenchException(file + ":" + e.line() + ": event " + e.id() + " refers to " + ref
                                + ", which is not a text-bound annotation in this file.");
                    });
        }
        return new BratDocument(textBounds, events, relations, attributes, notes, normalisations, skipped);
    }

    private static TextBound textBound(String file, String[] fields, int line, int[] codePoints) {
        int space = fields[1].indexOf(' ');
        String type = fields[1].substring(0, space);
        List<Span> fragments = new ArrayList<>();
        StringBuilder covered = new StringBuilder();
        for (String range : fields[1].substring(space + 1).split(";")) {
            String[] ends = range.strip().split(" ");
            int start = Integer.parseInt(ends[0]);
            int end = Integer.parseInt(ends[1]);
            if (start < 0 || end < start || end > codePoints.length) {
                throw new QuotebenchException(file + ":" + line + ": " + fields[0] + " " + start + "-" + end + " is outside the text ("
                        + codePoints.length + " characters).");
            }
            if (end > start) {
                fragments.add(new Span(start, end));
            }
            if (covered.length() > 0) {
                covered.append(' ');
            }
            covered.append(new String(codePoints, start, end - start));
        }
        if (fragments.isEmpty()) {
            throw new QuotebenchException(file + ":" + line + ": " + fields[0] + " covers no text.");
        }
        String given = fields.length > 2 ? fields[2] : "";
        if (!covered.toString().equals(given)) {
            throw new QuotebenchException(file + ":" + line + ": " + fields[0] + " says \"" + AnnotationFiles.shorten(given) + "\" but the text there is \""
                    + AnnotationFiles.shorten(covered.toString()) + "\".");
        }
        return new TextBound(fields[0], type, List.copyOf(fragments), given, line);
    }

    private static Event event(String[] fields, int line) {
        String[] parts = fields[1].strip().split(" ");
        String[] head = parts[0].split(":");
        Map<String, List<String>> roles = new LinkedHashMap<>();
        for (int k = 1; k < parts.length; k++) {
            String[] role = parts[k].split(":");
            String name = role[0].replaceAll("\\d+$", ""); // Content2 is another Content
            roles.computeIfAbsent(name, r -> new ArrayList<>()).add(role[1]);
        }
        return new Event(fields[0], head[0], head[1], roles, line);
    }

    private static String argument(String part) {
        return part.substring(part.indexOf(':') + 1);
    }
}
