package org.quotebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.export.AnnotatedQuote;

/** Issue 19.8: one speaker whatever Unicode form the name is typed in; unnamed PARC sources are mentions, not speakers. */
class SpeakerNamesTest {
    private static final String COMPOSED = "Ren\u00e9e Okafor";
    private static final String DECOMPOSED = "Rene\u0301e Okafor";

    @TempDir
    Path dir;

    @Test
    void aNameWithACombiningAccentIsTheSameSpeakerAsThePrecomposedOne() {
        Path ws = dir.resolve("n.qb");
        assertThat(CliRun.run(ws, "speaker", "add", COMPOSED).exitCode()).isZero();
        CliRun again = CliRun.run(ws, "speaker", "add", DECOMPOSED);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("already exists");
        assertThat(CliRun.run(ws, "speaker", "alias", DECOMPOSED, "R. Okafor").exitCode()).isZero();
        JsonNode speakers = CliRun.run(ws, "speaker", "list", "--json").json();
        assertThat(speakers).hasSize(1);
        assertThat(speakers.get(0).get("name").asText()).isEqualTo(COMPOSED);

        Path other = dir.resolve("o.qb");
        assertThat(CliRun.run(other, "speaker", "add", DECOMPOSED).exitCode()).isZero();
        assertThat(CliRun.run(other, "speaker", "list", "--json").json().get(0).get("name").asText())
                .as("stored composed").isEqualTo(COMPOSED);
    }

    @Test
    void unnamedSourcesAreMentionsNotSpeakers() {
        for (String unnamed : new String[] {"sources", "Sources", "a source", "officials", "two senior officials",
                "people familiar with the matter", "White House officials", "a spokesman"}) {
            assertThat(AnnotatedQuote.speakerNamed(unnamed)).as(unnamed).isEmpty();
        }
        for (String named : new String[] {"Renée Okafor", "Pentagon spokesman John Kirby", "the Kremlin", "Reuters"}) {
            assertThat(AnnotatedQuote.speakerNamed(named)).as(named).contains(named);
        }
    }

    @Test
    void aParcSourceSaysSourcesGivesAMentionAndNoSpeaker() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("parc"));
        String text = "Talks stall\n\nThe talks have stalled, sources said. The port will close, officials said.\n";
        Files.writeString(folder.resolve("a.txt"), text);
        int s1 = text.indexOf("sources");
        int c1 = text.indexOf("said");
        int q1 = text.indexOf("The talks");
        int s2 = text.indexOf("officials");
        int c2 = text.indexOf("said", s2);
        int q2 = text.indexOf("The port");
        Files.writeString(folder.resolve("a.ann"), String.join("\n",
                "T1\tSource " + s1 + " " + (s1 + 7) + "\tsources",
                "T2\tCue " + c1 + " " + (c1 + 4) + "\tsaid",
                "T3\tContent " + q1 + " " + (q1 + 22) + "\tThe talks have stalled",
                "E1\tAttribution:T2 Source:T1 Content:T3",
                "T4\tSource " + s2 + " " + (s2 + 9) + "\tofficials",
                "T5\tCue " + c2 + " " + (c2 + 4) + "\tsaid",
                "T6\tContent " + q2 + " " + (q2 + 19) + "\tThe port will close",
                "E2\tAttribution:T5 Source:T4 Content:T6", ""));
        Path ws = dir.resolve("p.qb");
        CliRun run = CliRun.run(ws, "import-annotations", "--format", "brat", folder.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode quotes = CliRun.run(ws, "quote", "list", "--json").json();
        assertThat(quotes).hasSize(2);
        quotes.forEach(q -> {
            assertThat(q.get("speaker").isNull()).as(q.toString()).isTrue();
            assertThat(q.get("mention").isObject()).isTrue();
        });
        assertThat(CliRun.run(ws, "speaker", "list", "--json").json()).isEmpty();
    }
}
