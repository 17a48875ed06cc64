package org.quotebench.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes a library of fictional news articles (about 8 KB each) for benchmarks: invented towns,
 * people and events, with direct, partial and reported speech. Deterministic for a given seed.
 */
public final class LibraryGenerator {
    private static final List<String> PEOPLE = List.of("Renée Okafor", "Tom Hale", "Ines Varga", "Marek Lind",
            "Sofia Brandt", "Yusuf Demir", "Clara Novak", "Pieter Aalst", "Hana Sato", "Jonas Weber", "Amara Diallo",
            "Luca Ferri");
    private static final List<String> ROLES = List.of("mayor", "council spokesperson", "union leader", "harbour master",
            "transport minister", "opposition leader", "chief engineer", "ferry captain");
    private static final List<String> PLACES = List.of("Port Alder", "Greywick", "Bellmouth", "Saltmere", "Dunhollow",
            "Kestrel Bay", "Marrow Point", "Eastfold");
    private static final List<String> TOPICS = List.of("the harbour bridge", "the ferry timetable", "the flood barrier",
            "the new tram line", "the fishing quota", "the school budget", "the night market", "the wind farm");
    private static final List<String> VERBS = List.of("said", "told reporters", "said in a statement", "added",
            "wrote on social media", "insisted", "warned", "said on Tuesday");
    private static final List<String> WORDS = List.of(("council vote plan money delay repair engineers residents "
            + "traffic weather budget contract tender inquiry report safety workers strike timetable funding shortfall "
            + "review committee evidence promise schedule costs estimate neighbourhood shops tourists season storm tide")
            .split(" "));

    private final Random random;

    public LibraryGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Writes {@code count} articles as .txt files into {@code folder}. */
    public void write(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < count; i++) {
            Files.writeString(folder.resolve(String.format("article-%05d.txt", i)), article(i), StandardCharsets.UTF_8);
        }
    }

    /** One article of roughly 8 KB. */
    public String article(int number) {
        String place = pick(PLACES);
        String topic = pick(TOPICS);
        StringBuilder text = new StringBuilder();
        text.append(capitalise(topic)).append(" row deepens in ").append(place).append(" (").append(number).append(")\n\n");
        text.append("By ").append(pick(PEOPLE)).append("\n\n");
        while (text.length() < 8000) {
            text.append(paragraph(place, topic)).append("\n\n");
        }
        return text.toString();
    }

    private String paragraph(String place, String topic) {
        String person = pick(PEOPLE);
        String role = pick(ROLES);
        return switch (random.nextInt(4)) {
            case 0 -> "“" + sentence() + " " + sentence() + "” " + person + ", the " + role + " of " + place + ", "
                    + pick(VERBS) + ".";
            case 1 -> capitalise(role) + " " + person + " " + pick(VERBS) + " that " + topic + " would " + clause() + ".";
            case 2 -> "Residents of " + place + " called " + topic + " “" + clause() + "”, according to " + person + ".";
            default -> sentence() + " " + sentence() + " " + sentence();
        };
    }

    private String sentence() {
        return capitalise(clause()) + ".";
    }

    private String clause() {
        StringBuilder words = new StringBuilder("the");
        int length = 6 + random.nextInt(10);
        for (int i = 0; i < length; i++) {
            words.append(' ').append(pick(WORDS));
            if (i == length / 2) {
                words.append(random.nextBoolean() ? " will" : " has");
            }
        }
        return words.toString();
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
