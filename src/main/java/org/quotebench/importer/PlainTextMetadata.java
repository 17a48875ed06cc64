package org.quotebench.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotebench.core.ArticleMetadata;

/**
 * Title, date and author read from the head of a plain-text or Markdown article: a title line, a
 * {@code date YYYY-MM-DD} line (which may carry the title after the date) and a {@code By NAME} line.
 * The text itself is never changed.
 */
final class PlainTextMetadata {
    /** How many non-blank lines at the top may hold the date and the byline. */
    static final int HEAD_LINES = 10;
    static final int MAX_TITLE_LENGTH = 150;
    /** Longer lines are body text, and skipping them keeps a one-line megabyte file cheap. */
    private static final int MAX_HEAD_LINE_LENGTH = 300;

    private static final Pattern DATE_LINE = Pattern.compile(
            "(?i)(?:date|published|published on)\\s*:?\\s*(\\d{4}-\\d{2}-\\d{2})(?:\\s+(.*))?");
    private static final Pattern BY_LINE = Pattern.compile("(?:By|BY)\\s*:?\\s+(\\p{Lu}.{0,120})");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.\\-]*");
    private static final Set<String> NAME_LINKS = Set.of("and", "&", "und", "et", "y", "e", "de", "da", "do", "dos",
            "das", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "al", "bin", "ibn", "ter");
    private static final int MAX_NAME_WORDS = 12;
    /** A full stop, with the word before it, followed by a space and a capital letter or an opening quote. */
    private static final Pattern SENTENCE_STOP = Pattern.compile("([\\p{L}\\p{M}.]+)\\.[\"”’']?\\s+[\\p{Lu}“‘\"]");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gov", "sen", "rep", "st", "jr", "sr", "gen",
            "lt", "col", "sgt", "prof", "rev", "no", "vs", "inc", "co", "corp", "ltd", "mt", "ft");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("#{1,6}\\s+(.*?)(?:\\s+#+)?");
    private static final Pattern EMPHASIS = Pattern.compile("([*_]{1,3})(.+)\\1");

    private PlainTextMetadata() {
    }

    static ArticleMetadata of(String text, boolean markdown) {
        List<String> head = headLines(text);
        Optional<String> title = head.isEmpty() ? Optional.empty() : title(head.get(0), markdown, standsAlone(text));
        Optional<String> date = Optional.empty();
        Optional<String> author = Optional.empty();
        for (String line : head) {
            String bare = markdown ? unemphasised(line) : line;
            if (date.isEmpty()) {
                date = date(bare);
            }
            if (author.isEmpty()) {
                author = byline(bare);
            }
        }
        return new ArticleMetadata(title, Optional.empty(), author, Optional.empty(), date, Optional.empty());
    }

    /** The first non-blank lines, stripped; a line too long to be a heading is kept as an empty marker. */
    private static List<String> headLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start <= n && lines.size() < HEAD_LINES) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            if (end - start > MAX_HEAD_LINE_LENGTH) {
                lines.add("");
            } else {
                String line = text.substring(start, end).strip();
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
            start = end + 1;
        }
        return lines;
    }

    /**
     * Whether the first non-blank line is a paragraph of its own (a blank line follows it), as a
     * headline stands above the story.
     */
    private static boolean standsAlone(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.indexOf('\n', start);
        if (end < 0) {
            return false;
        }
        int next = text.indexOf('\n', end + 1);
        return text.substring(end + 1, next < 0 ? text.length() : next).isBlank();
    }

    private static Optional<String> title(String line, boolean markdown, boolean standsAlone) {
        String candidate = line;
        Matcher dated = DATE_LINE.matcher(candidate);
        if (dated.matches()) {
            // Some collections start with "date 2023-05-31 Title of the story" on one line.
            candidate = dated.group(2) == null ? "" : dated.group(2).strip();
        }
        if (markdown) {
            Matcher heading = MARKDOWN_HEADING.matcher(candidate);
            if (heading.matches()) {
                candidate = heading.group(1).strip();
            }
            candidate = unemphasised(candidate);
        }
        // "Harbour Board Backs New Ferry Route." over a blank line is a
        // headline (72 of PolNeAR dev's 84 end with a full stop); a full stop ending a line the story
        // runs on from, or a line of several sentences, is not
        // (and so is one in Title Case of two sentences, and one ending with ';' above its deck, as some
        // archives write headlines: "Ferry crews stay out in Saltmere;")
        boolean aboveDeck = candidate.endsWith(";") && candidate.length() > 1;
        if (aboveDeck) {
            candidate = candidate.substring(0, candidate.length() - 1).strip();
        }
        boolean headline = aboveDeck || standsAlone && candidate.endsWith(".") && (oneSentence(candidate) || titleCase(candidate));
        if (candidate.isEmpty() || candidate.length() > MAX_TITLE_LENGTH || (endsLikeSentence(candidate) && !headline)
                || byline(candidate).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    /** No full stop inside ends a sentence: one before a capital, after a word that is not an abbreviation (N.Y., Gov., U.S.). */
    private static boolean oneSentence(String line) {
        Matcher stop = SENTENCE_STOP.matcher(line);
        while (stop.find()) {
            String word = stop.group(1);
            boolean abbreviation = word.length() == 1 || word.contains(".") || ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
            if (!abbreviation && word.chars().anyMatch(Character::isLowerCase)) {
                return false;
            }
        }
        return true;
    }

    /** Most words of four letters or more start with a capital: "Okafor Wins The Vote. Here’s What Comes Next." */
    private static boolean titleCase(String line) {
        int words = 0;
        int capitals = 0;
        for (String word : line.split("\\s+")) {
            String letters = word.replaceAll("[^\\p{L}]", "");
            if (letters.length() >= 4) {
                words++;
                capitals += Character.isUpperCase(letters.codePointAt(0)) ? 1 : 0;
            }
        }
        return words >= 3 && capitals * 10 >= words * 8;
    }

    private static boolean endsLikeSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return last == '.' || last == ',' || last == ';' || last == ':';
    }

    private static Optional<String> date(String line) {
        Matcher m = DATE_LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)).toString());
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }

    private static Optional<String> byline(String line) {
        Matcher m = BY_LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(1).strip();
        String[] words = name.split("\\s+");
        if (words.length > MAX_NAME_WORDS) {
            return Optional.empty();
        }
        for (String word : words) {
            // "By Monday, officials said" is a sentence, not a byline: every word must belong to a name.
            String bare = word.endsWith(",") ? word.substring(0, word.length() - 1) : word;
            if (!NAME_WORD.matcher(bare).matches() && !NAME_LINKS.contains(bare)) {
                return Optional.empty();
            }
        }
        return Optional.of(name);
    }

    private static String unemphasised(String line) {
        Matcher m = EMPHASIS.matcher(line);
        return m.matches() ? m.group(2).strip() : line;
    }
}
