package org.quotebench.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Mutates a brat {@code .ann} file line by line: fields lost or split, offsets out of range or not numbers, ids repeated, hostile lines added. */
final class BratMutations {
    private static final String[] LINES = {"T9\tQuote", "T9", "T9\tQuote 1", "T9\tQuote 5 2\tx", "T9\tQuote 0 4294967373\tx",
        "T9\tQuote 0 1;\t🚢", "E9\tAttribution", "E9\tAttribution:T1 Content:", "E9\tAttribution:T1 Content:T99", "R9\tSaidBy",
        "R9\tSaidBy Arg1:T1 Arg2:T99", "A9\tKind T3 bogus", "A9\tStatus", "N9\tReference T1 Wikidata:Qx\tx", "N9\tReference",
        "#9\tAnnotatorNotes", "\tT1", "X9\tsomething else", "T1\tSource 0 1\t🚢", "*\tAlias T1 T2", "T9\tQuote ٣ 5\tx"};
    private static final String[] NUMBERS = {"-1", "4294967373", "2147483648", "x", "", "1.5", "+3", "٣", "0", "999"};

    private final Random random;

    BratMutations(Random random) {
        this.random = random;
    }

    String mutate(String ann) {
        List<String> lines = new ArrayList<>(Arrays.asList(ann.split("\n", -1)));
        int at = random.nextInt(lines.size());
        String line = lines.get(at);
        switch (random.nextInt(9)) {
            case 0 -> lines.add(at, LINES[random.nextInt(LINES.length)]);
            case 1 -> lines.remove(at);
            case 2 -> lines.set(at, line.replaceFirst("\t", random.nextBoolean() ? " " : ""));
            case 3 -> lines.set(at, line.substring(0, random.nextInt(line.length() + 1)));
            case 4 -> lines.set(at, line.replaceFirst(" \\d+", " " + NUMBERS[random.nextInt(NUMBERS.length)]));
            case 5 -> lines.set(at, line.replaceFirst("^[A-Z#]\\d+", lines.get(random.nextInt(lines.size())).split("\t")[0]));
            case 6 -> lines.set(at, line.replaceFirst("(Source|Cue|Content)", new String[] {"Quote", "Speaker", "Cue", "Content", "Other"}[
                    random.nextInt(5)]));
            case 7 -> lines.set(at, line + (random.nextBoolean() ? "\u0000" : ";3 4"));
            default -> lines.add(lines.get(at));
        }
        return String.join("\n", lines);
    }
}
