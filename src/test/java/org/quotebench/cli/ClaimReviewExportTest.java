package org.quotebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: ClaimReview as Google reads it. Each review has its own address; only accepted quotes
 * with a verdict are published (never an unreviewed suggestion); private notes stay private unless
 * asked; and the count the command prints is what the file holds.
 */
class ClaimReviewExportTest {
    static final String ARTICLE = "Ferry talks\n\n🚢 Rene\u0301e Okafor spoke. “We are not going back,” she said. "
            + "“The ferry stays,” said Tom Hale. “Nobody waits,” Ines Varga said.\n";

    @TempDir
    Path dir;
    Path workspace;

    private static String at(String words) {
        return CodePointSpan.of(ARTICLE, words);
    }

    @BeforeEach
    void threeQuotes() throws Exception {
        workspace = dir.resolve("w.qb");
        assertThat(CliRun.run(workspace, "import", Files.writeString(dir.resolve("f.txt"), ARTICLE).toString()).exitCode()).isZero();
        // accepted, with a verdict and a private note: published
        assertThat(CliRun.run(workspace, "quote", "add", "1", "--span", at("“We are not going back,”"), "--speaker", "Renée Okafor",
                "--verdict", "accurate", "--note", "called her office; private").exitCode()).isZero();
        // a suggestion with a verdict nobody reviewed: not published
        assertThat(CliRun.run(workspace, "quote", "add", "1", "--span", at("“The ferry stays,”"), "--speaker", "Tom Hale",
                "--status", "suggested", "--verdict", "misquoted").exitCode()).isZero();
        // accepted without a verdict: not published
        assertThat(CliRun.run(workspace, "quote", "add", "1", "--span", at("“Nobody waits,”"), "--speaker", "Ines Varga").exitCode())
                .isZero();
    }

    @Test
    void withoutAReviewAddressNothingIsWritten() {
        Path out = dir.resolve("reviews.json");
        CliRun run = CliRun.run(workspace, "export", "--format", "claimreview", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).doesNotContain("\n").contains("--review-url").endsWith("Nothing was written.");
        assertThat(out).doesNotExist();
        CliRun bad = CliRun.run(workspace, "export", "--format", "claimreview", out.toString(), "--review-url", "https://x.example/r");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err().strip()).doesNotContain("\n").contains("{uuid}");
        assertThat(out).doesNotExist();
    }

    @Test
    void onlyReviewedQuotesArePublishedAtTheirOwnAddressWithoutNotesAndTheCountIsTheFiles() throws Exception {
        Path out = dir.resolve("reviews.json");
        CliRun run = CliRun.run(workspace, "export", "--format", "claimreview", out.toString(),
                "--review-url", "https://factcheck.example/reviews/{uuid}", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode reviews = new ObjectMapper().readTree(Files.readString(out));
        assertThat(reviews).hasSize(1);
        assertThat(run.json().get("quotes").asInt()).isEqualTo(reviews.size());
        JsonNode review = reviews.get(0);
        String uuid = CliRun.run(workspace, "quote", "list", "--json").json().get(0).get("uuid").asText();
        assertThat(review.get("url").asText()).isEqualTo("https://factcheck.example/reviews/" + uuid);
        assertThat(review.get("reviewRating").get("alternateName").asText()).isEqualTo("accurate");
        assertThat(review.has("reviewBody")).isFalse();
        assertThat(Files.readString(out)).doesNotContain("private");

        CliRun withNotes = CliRun.run(workspace, "export", "--format", "claimreview", out.toString(), "--force",
                "--review-url", "https://factcheck.example/reviews/{id}", "--include-notes");
        assertThat(withNotes.exitCode()).as(withNotes.err()).isZero();
        assertThat(withNotes.out()).contains("1 quotes");
        JsonNode noted = new ObjectMapper().readTree(Files.readString(out)).get(0);
        assertThat(noted.get("reviewBody").asText()).isEqualTo("called her office; private");
        assertThat(noted.get("url").asText()).isEqualTo("https://factcheck.example/reviews/1");
    }
}
