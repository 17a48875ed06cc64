package org.quotebench.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The commands' descriptions and footers as picocli shows them: each line of a description array is
 * printed on a line of its own, so a sentence the source splits over two lines (to keep them short)
 * came out cut in the middle ("(columns file, title, outlet," then a new line). Here the lines of one
 * sentence are joined again, and picocli wraps the paragraph to the terminal's width; a line that ends
 * a sentence (or a "Default:" line) still ends its line.
 */
final class HelpParagraphs {
    private HelpParagraphs() {
    }

    /** Joins the description and footer lines of {@code commandLine} and every subcommand into paragraphs. */
    static void join(CommandLine commandLine) {
        UsageMessageSpec usage = commandLine.getCommandSpec().usageMessage();
        usage.description(paragraphs(usage.description()));
        usage.footer(paragraphs(usage.footer()));
        commandLine.getSubcommands().values().forEach(HelpParagraphs::join);
    }

    /** The lines, those of one sentence joined with a space. */
    static String[] paragraphs(String[] lines) {
        List<String> joined = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : lines) {
            if (paragraph.length() > 0) {
                paragraph.append(' ');
            }
            paragraph.append(paragraph.length() == 0 ? line.stripTrailing() : line.strip()); // a command to type keeps its indent
            if (endsParagraph(line)) {
                joined.add(paragraph.toString());
                paragraph.setLength(0);
            }
        }
        if (paragraph.length() > 0) {
            joined.add(paragraph.toString());
        }
        return joined.toArray(String[]::new);
    }

    /** Whether a line ends its sentence or is a line of its own (blank, a command to type, a list item's end). */
    private static boolean endsParagraph(String line) {
        String end = line.strip();
        return end.isEmpty() || end.endsWith(".") || end.endsWith(":") || end.endsWith("!") || end.endsWith("?")
                || end.endsWith(")") || end.endsWith("%n");
    }
}
