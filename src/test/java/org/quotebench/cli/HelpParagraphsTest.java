package org.quotebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Noted while reading `suggest --help`: a sentence the source splits over two description lines was
 * printed cut in the middle, each part on a line of its own ("…the suggestions are stored" / "as quotes
 * with status…"). Every command's description and footer now come in whole sentences, wrapped by picocli.
 */
class HelpParagraphsTest {
    @Test
    void linesOfOneSentenceAreJoined() {
        assertThat(HelpParagraphs.paragraphs(new String[] {"Import articles from files.", "A folder's metadata.csv (columns file,",
                "title) gives details.", "", "Exit codes: 0 done."}))
                .containsExactly("Import articles from files.", "A folder's metadata.csv (columns file, title) gives details.", "",
                        "Exit codes: 0 done.");
        assertThat(HelpParagraphs.paragraphs(new String[] {"No full stop at the end"})).containsExactly("No full stop at the end");
    }

    @Test
    void everyCommandsHelpComesInWholeSentences() {
        List<String> cut = new ArrayList<>();
        collect(Cli.commands(), cut);
        assertThat(cut).as("description or footer lines that end in the middle of a sentence").isEmpty();
    }

    private static void collect(CommandLine commandLine, List<String> cut) {
        CommandLine.Model.UsageMessageSpec usage = commandLine.getCommandSpec().usageMessage();
        for (String[] lines : List.of(usage.description(), usage.footer())) {
            for (int i = 0; i < lines.length - 1; i++) {
                String line = lines[i].strip();
                if (!line.isEmpty() && !line.matches(".*[.:!?)]$")) {
                    cut.add(commandLine.getCommandSpec().qualifiedName() + ": " + line);
                }
            }
        }
        commandLine.getSubcommands().values().forEach(sub -> collect(sub, cut));
    }
}
