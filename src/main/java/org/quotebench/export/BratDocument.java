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
 * normalisations. Every line must have the fields its kind needs, every id is given once, and every
 * text-bound annotation's offsets must slice the text to exactly the words the line gives (fragments
 * joined by a space); anything else refuses the whole file with {@code FILE:LINE: reason}. Line types
 * Quotebench has no use for are counted, not refused.
 */
public record BratDocument(String file, Map<String, TextBound> textBounds, List<Event> events, List<Relation> relations,
        List<Attribute> attributes, Map<String, String> notes, Map<String, Attribute> normalisations, int skippedLines) {

    /**
     * {@code T1\tType 10 20;25 30\twords}: fragments in code points; {@code pieces} the same in text
     * order with those that only white space parts joined (brat splits a span at each line break).
     */
    public record TextBound(String id, String type, List<Span> fragments, String text, int line, List<Span> pieces) {
        /** From the earliest fragment's start to the latest one's end (a file may list them in any order). */
        public Span hull() {
            return new Span(pieces.get(0).start(), pieces.get(pieces.size() - 1).end());
        }
    }

    /** {@code E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1}: roles in order, with their numbered repeats. */
    public record Event(String id, String type, String trigger, Map<String, List<String>> roles, int line) {
    }

    public record Relation(String id, String type, String arg1, String arg2, int line) {
    }

    /** An attribute ({@code A1\tKind T1 direct}) or a normalisation ({@code N1\tReference T1 Wikidata:Q42}). */
    public record Attribute(String id, String type, String target, String value, int line) {
    }

    /** Reads {@code ann} (named {@code file} in messages) against {@code text}. */
    public static BratDocument read(String file, String ann, String text) {
        return new Reading(file, text).read(ann);
    }

    /** Where a refusal points: {@code FILE:LINE: reason}. */
    String at(int line, String reason) {
        return file + ":" + line + ": " + reason;
    }

    /** The state of reading one file, line by line. */
    private static final class Reading {
        private final String file;
        private final int[] codePoints;
        private final Map<String, TextBound> textBounds = new LinkedHashMap<>();
        private final List<Event> events = new ArrayList<>();
        private final List<Relation> relations = new ArrayList<>();
        private final List<Attribute> attributes = new ArrayList<>();
        private final Map<String, String> notes = new HashMap<>();
        private final Map<String, Attribute> normalisations = new HashMap<>();
        private final Map<String, Integer> firstLineOf = new HashMap<>();
        private int skipped;
        private int number;
        private String line;

        Reading(String file, String text) {
            this.file = file;
            this.codePoints = text.codePoints().toArray();
        }

        BratDocument read(String ann) {
            String[] lines = ann.split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                line = lines[i];
                number = i + 1;
                if (!line.isBlank()) {
                    readLine(line.split("\t", 3));
                }
            }
            for (Event e : events) {
                e.roles().values().stream().flatMap(List::stream).filter(ref -> !textBounds.containsKey(ref)).findFirst()
                        .ifPresent(ref -> {
                            throw new QuotebenchException(file + ":" + e.line() + ": event " + e.id() + " refers to " + ref
                                    + ", which is not a text-bound annotation in this file.");
                        });
            }
            return new BratDocument(file, textBounds, events, relations, attributes, notes, normalisations, skipped);
        }

        private void readLine(String[] fields) {
            String id = fields[0].strip();
            if (id.isEmpty()) {
                throw refusal("not a brat annotation line (it has no id): " + AnnotationFiles.shorten(line));
            }
            if (id.chars().anyMatch(Character::isWhitespace)) {
                throw refusal("\"" + AnnotationFiles.shorten(id) + "\" is no brat id: an id and its annotation are separated by a tab.");
            }
            char kind = id.charAt(0);
            if ("TERAMN".indexOf(kind) >= 0) {
                Integer before = firstLineOf.putIfAbsent(id, number);
                if (before != null) {
                    throw refusal(id + " is given twice (first on line " + before + ").");
                }
            }
            if ("TERAMN#".indexOf(kind) >= 0 && fields.length < 2) {
                throw refusal(id + " has nothing after its id: " + AnnotationFiles.shorten(line));
            }
            switch (kind) {
                case 'T' -> {
                    TextBound t = textBound(id, fields);
                    textBounds.put(t.id(), t);
                }
                case 'E' -> events.add(event(id, fields[1]));
                case 'R' -> {
                    String[] parts = words(fields[1], 3, id + " is not \"TYPE Arg1:ID Arg2:ID\"");
                    relations.add(new Relation(id, parts[0], argument(id, parts[1]), argument(id, parts[2]), number));
                }
                case 'A', 'M' -> {
                    String[] parts = words(fields[1], 2, id + " is not \"TYPE ID [VALUE]\"");
                    attributes.add(new Attribute(id, parts[0], parts[1], parts.length > 2 ? parts[2] : "true", number));
                }
                case '#' -> notes.put(words(fields[1], 2, id + " is not \"AnnotatorNotes ID<TAB>note\"")[1],
                        fields.length > 2 ? fields[2] : "");
                case 'N' -> {
                    String[] parts = words(fields[1], 3, id + " is not \"Reference ID DATABASE:KEY\"");
                    normalisations.put(parts[1], new Attribute(id, parts[0], parts[1], parts[2], number));
                }
                default -> skipped++;
            }
        }

        private TextBound textBound(String id, String[] fields) {
            String[] typeAndRanges = fields[1].split(" ", 2);
            if (typeAndRanges.length < 2 || typeAndRanges[1].isBlank()) {
                throw refusal(id + " has no offsets (a text-bound annotation is \"T1<TAB>Type START END<TAB>words\").");
            }
            List<Span> fragments = new ArrayList<>();
            StringBuilder covered = new StringBuilder();
            for (String range : typeAndRanges[1].split(";", -1)) {
                String[] ends = range.strip().split(" ", -1);
                if (ends.length != 2) {
                    throw refusal(id + "'s offsets \"" + AnnotationFiles.shorten(range) + "\" are not START END.");
                }
                int start = offset(id, ends[0]);
                int end = offset(id, ends[1]);
                if (end < start || end > codePoints.length) {
                    throw refusal(id + " " + start + "-" + end + " is outside the text (" + codePoints.length + " characters).");
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
                throw refusal(id + " covers no text.");
            }
            String given = fields.length > 2 ? fields[2] : "";
            if (!covered.toString().equals(given)) {
                throw refusal(id + " says \"" + AnnotationFiles.shorten(given) + "\" but the text there is \""
                        + AnnotationFiles.shorten(covered.toString()) + "\".");
            }
            return new TextBound(id, typeAndRanges[0], List.copyOf(fragments), given, number, pieces(fragments));
        }

        /** The fragments in text order, those with only white space between them joined. */
        private List<Span> pieces(List<Span> fragments) {
            List<Span> sorted = new ArrayList<>(fragments);
            sorted.sort(java.util.Comparator.comparingInt(Span::start));
            List<Span> pieces = new ArrayList<>();
            for (Span f : sorted) {
                Span last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
                if (last != null && blank(last.end(), f.start())) {
                    pieces.set(pieces.size() - 1, new Span(last.start(), Math.max(last.end(), f.end())));
                } else {
                    pieces.add(f);
                }
            }
            return List.copyOf(pieces);
        }

        private boolean blank(int from, int to) {
            for (int i = from; i < to; i++) {
                if (!Character.isWhitespace(codePoints[i])) {
                    return false;
                }
            }
            return true;
        }

        /** An offset: ASCII digits that fit an int. */
        private int offset(String id, String digits) {
            if (digits.isEmpty() || digits.length() > 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw refusal(id + "'s offset \"" + AnnotationFiles.shorten(digits) + "\" is not a number from 0 to "
                        + Integer.MAX_VALUE + ".");
            }
            long value = Long.parseLong(digits);
            if (value > Integer.MAX_VALUE) {
                throw refusal(id + "'s offset " + digits + " is too large.");
            }
            return (int) value;
        }

        private Event event(String id, String body) {
            String[] parts = words(body, 1, id + " is not \"TYPE:ID ROLE:ID…\"");
            String[] head = roleAndId(id, parts[0]);
            Map<String, List<String>> roles = new LinkedHashMap<>();
            for (int k = 1; k < parts.length; k++) {
                String[] role = roleAndId(id, parts[k]);
                String name = role[0].replaceAll("\\d+$", ""); // Content2 is another Content
                roles.computeIfAbsent(name, r -> new ArrayList<>()).add(role[1]);
            }
            return new Event(id, head[0], head[1], roles, number);
        }

        private String[] roleAndId(String id, String part) {
            String[] pair = part.split(":", -1);
            if (pair.length != 2 || pair[0].isEmpty() || pair[1].isEmpty()) {
                throw refusal(id + " has \"" + AnnotationFiles.shorten(part) + "\" where ROLE:ID belongs.");
            }
            return pair;
        }

        private String argument(String id, String part) {
            return roleAndId(id, part)[1];
        }

        /** At least {@code least} words separated by single spaces, none empty; else refused with {@code shape}. */
        private String[] words(String body, int least, String shape) {
            String[] parts = body.strip().split(" ", -1);
            if (parts.length < least || java.util.Arrays.stream(parts).anyMatch(String::isEmpty)) {
                throw refusal(shape + ": " + AnnotationFiles.shorten(line));
            }
            return parts;
        }

        private QuotebenchException refusal(String reason) {
            return new QuotebenchException(file + ":" + number + ": " + reason);
        }
    }
}
