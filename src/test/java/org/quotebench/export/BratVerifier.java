package org.quotebench.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks brat's own {@code verify_annotations.py} makes on a document, with brat's rules as
 * {@code projectconfig.py} reads an {@code annotation.conf}: every text-bound type is an entity the
 * conf lists; two text-bound annotations that overlap must be allowed to by an {@code <OVERLAP>} line
 * (identical spans need {@code equal}, nesting {@code contain}, crossing {@code cross}, or
 * {@code <ANY>}); a relation must be configured between its arguments' types (either way round); an
 * attribute must be configured for its target's type, with one of its values. Messages are brat's.
 */
final class BratVerifier {
    private record Overlap(Set<String> inner, Set<String> outer, Set<String> kinds) {
    }

    private record Relation(String name, Set<String> arg1, Set<String> arg2) {
    }

    private record TextBound(String id, String type, List<int[]> spans) {
        int firstStart() {
            return spans.stream().mapToInt(s -> s[0]).min().orElseThrow();
        }

        int lastEnd() {
            return spans.stream().mapToInt(s -> s[1]).max().orElseThrow();
        }

        /** brat's contains: each span of the other inside (or equal to) one of this one's. */
        boolean contains(TextBound other) {
            return other.spans.stream().allMatch(o -> spans.stream().anyMatch(s -> s[0] <= o[0] && o[1] <= s[1]));
        }

        /** brat's same_span: each span of the other equal to one of this one's. */
        boolean sameSpan(TextBound other) {
            return other.spans.stream().allMatch(o -> spans.stream().anyMatch(s -> s[0] == o[0] && s[1] == o[1]));
        }
    }

    private final Set<String> entities = new HashSet<>();
    private final List<Overlap> overlaps = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final Map<String, Set<String>> attributeTargets = new HashMap<>();
    private final Map<String, Set<String>> attributeValues = new HashMap<>();

    BratVerifier(String annotationConf) {
        String section = "";
        for (String raw : annotationConf.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                section = line;
                continue;
            }
            String[] nameAndArgs = raw.split("\t", 2);
            Map<String, Set<String>> args = new HashMap<>();
            if (nameAndArgs.length > 1) {
                for (String arg : nameAndArgs[1].split(",")) {
                    String[] kv = arg.strip().split(":", 2);
                    args.put(kv[0], Set.of(kv[1].split("\\|")));
                }
            }
            String name = nameAndArgs[0].strip();
            switch (section) {
                case "[entities]" -> entities.add(name);
                case "[relations]" -> {
                    if (name.equals("<OVERLAP>")) {
                        overlaps.add(new Overlap(args.get("Arg1"), args.get("Arg2"), args.get("<OVL-TYPE>")));
                    } else {
                        relations.add(new Relation(name, args.get("Arg1"), args.get("Arg2")));
                    }
                }
                case "[attributes]" -> {
                    attributeTargets.put(name, args.get("Arg"));
                    attributeValues.put(name, args.getOrDefault("Value", Set.of("true")));
                }
                default -> { }
            }
        }
    }

    /** brat's errors for one .ann file, as "ID: message". */
    List<String> verify(String ann) {
        Map<String, TextBound> textBounds = new LinkedHashMap<>();
        List<String[]> relationLines = new ArrayList<>();
        List<String[]> attributeLines = new ArrayList<>();
        for (String line : ann.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t");
            String[] words = fields[1].split(" ");
            switch (fields[0].charAt(0)) {
                case 'T' -> {
                    List<int[]> spans = new ArrayList<>();
                    for (String range : fields[1].substring(words[0].length() + 1).split(";")) {
                        String[] ends = range.strip().split(" ");
                        spans.add(new int[] {Integer.parseInt(ends[0]), Integer.parseInt(ends[1])});
                    }
                    textBounds.put(fields[0], new TextBound(fields[0], words[0], spans));
                }
                case 'R' -> relationLines.add(new String[] {fields[0], words[0], words[1], words[2]});
                case 'A' -> attributeLines.add(new String[] {fields[0], words[0], words[1], words.length > 2 ? words[2] : "true"});
                default -> { }
            }
        }
        List<String> issues = new ArrayList<>();
        for (TextBound t : textBounds.values()) {
            if (!entities.contains(t.type())) {
                issues.add(t.id() + ": Error: unrecognized entity type " + t.type());
            }
        }
        for (TextBound a1 : textBounds.values()) {
            for (TextBound a2 : textBounds.values()) {
                if (a1 == a2 || !(a2.firstStart() < a1.lastEnd() && a2.lastEnd() > a1.firstStart())) {
                    continue;
                }
                if (a1.sameSpan(a2)) {
                    if (!allowed(a1.type(), a2.type(), "equal", true)) {
                        issues.add(a1.id() + ": Error: " + a1.type() + " cannot have identical span with " + a2.type() + " " + a2.id());
                    }
                } else if (a2.contains(a1)) {
                    if (!canContain(a1.type(), a2.type())) {
                        issues.add(a1.id() + ": Error: " + a1.type() + " cannot be contained in " + a2.type() + " (" + a2.id() + ")");
                    }
                } else if (a1.contains(a2)) {
                    if (!canContain(a2.type(), a1.type())) {
                        issues.add(a1.id() + ": Error: " + a1.type() + " cannot contain " + a2.type() + " (" + a2.id() + ")");
                    }
                } else if (!allowed(a1.type(), a2.type(), "cross", true)) {
                    issues.add(a1.id() + ": Error: annotation cannot have crossing span with " + a2.id());
                }
            }
        }
        for (String[] r : relationLines) {
            TextBound a1 = textBounds.get(r[2].substring(r[2].indexOf(':') + 1));
            TextBound a2 = textBounds.get(r[3].substring(r[3].indexOf(':') + 1));
            if (a1 == null || a2 == null) {
                issues.add(r[0] + ": Error: argument refers to no annotation");
                continue;
            }
            boolean ok = relations.stream().anyMatch(c -> c.name().equals(r[1])
                    && (c.arg1().contains(a1.type()) && c.arg2().contains(a2.type()) || c.arg1().contains(a2.type()) && c.arg2().contains(a1.type())));
            if (!ok) {
                issues.add(r[0] + ": Error: " + r[1] + " relation Arg1:" + a1.type() + " Arg2:" + a2.type() + " not allowed");
            }
        }
        for (String[] a : attributeLines) {
            TextBound target = textBounds.get(a[2]);
            if (target == null || !attributeTargets.getOrDefault(a[1], Set.of()).contains(target.type())
                    || !attributeValues.getOrDefault(a[1], Set.of()).contains(a[3])) {
                issues.add(a[0] + ": Error: attribute " + a[1] + " " + a[3] + " not allowed on " + a[2]);
            }
        }
        return issues;
    }

    /** brat's overlap_types(inner, outer): the kinds of every {@code <OVERLAP>} with inner in Arg1 and outer in Arg2. */
    private Set<String> kinds(String inner, String outer) {
        Set<String> kinds = new HashSet<>();
        for (Overlap o : overlaps) {
            if (o.inner().contains(inner) && o.outer().contains(outer)) {
                kinds.addAll(o.kinds());
            }
        }
        return kinds;
    }

    /** spans_can_be_equal and spans_can_cross: either way round, the kind or {@code <ANY>}. */
    private boolean allowed(String t1, String t2, String kind, boolean eitherWay) {
        Set<String> one = kinds(t1, t2);
        Set<String> other = eitherWay ? kinds(t2, t1) : Set.of();
        return one.contains(kind) || one.contains("<ANY>") || other.contains(kind) || other.contains("<ANY>");
    }

    /** span_can_contain: contain or {@code <ANY>} one way, {@code <ANY>} the other. */
    private boolean canContain(String inner, String outer) {
        Set<String> one = kinds(inner, outer);
        return one.contains("contain") || one.contains("<ANY>") || kinds(outer, inner).contains("<ANY>");
    }
}
