package org.quotebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quote edit --if-revision N} on a workspace file (issue 25): a change made on an older revision
 * is refused (exit 3) unless the quote already is what it makes of it — someone made the same change —
 * which is no conflict: exit 0, nothing stored, and the line says so.
 */
class QuoteEditIfRevisionTest {
    // An emoji and a combining accent before the quote.
    static final String ARTICLE = "Harbour news 🚢\n\nRene\u0301e Okafor said: “The ferry runs again in May.” Then she left.\n";

    @TempDir
    Path dir;
    Path workspace;

    @BeforeEach
    void markAQuote() throws Exception {
        workspace = dir.resolve("w.qb");
        Path file = Files.writeString(dir.resolve("okafor.txt"), ARTICLE);
        assertThat(CliRun.run(workspace, "import", file.toString()).exitCode()).isZero();
        CliRun added = CliRun.run(workspace, "quote", "add", "1", "--span", CodePointSpan.of(ARTICLE, "“The ferry runs again in May.”"));
        assertThat(added.exitCode()).as(added.err()).isZero();
        CliRun anas = CliRun.run(workspace, "quote", "edit", "1", "--verdict", "misquoted", "--annotator", "ana", "--if-revision", "1");
        assertThat(anas.exitCode()).as(anas.err()).isZero();
    }

    @Test
    void theSameChangeOnAnOlderRevisionIsNoConflictAndSaysSo() {
        CliRun same = CliRun.run(workspace, "quote", "edit", "1", "--verdict", "misquoted", "--if-revision", "1");
        assertThat(same.exitCode()).as(same.err()).isZero();
        assertThat(same.out()).startsWith("Quote 1 already is so: ana changed its verdict and annotator. Nothing was changed.");
        assertThat(CliRun.run(workspace, "quote", "list", "--json").json().get(0).get("revision").asInt()).isEqualTo(2);
    }

    @Test
    void anotherChangeOnAnOlderRevisionIsRefused() {
        CliRun other = CliRun.run(workspace, "quote", "edit", "1", "--verdict", "accurate", "--if-revision", "1");
        assertThat(other.exitCode()).isEqualTo(3);
        assertThat(other.err().strip()).doesNotContain("\n").contains("ana changed its verdict").contains("not stored");
        assertThat(CliRun.run(workspace, "quote", "list", "--json").json().get(0).get("verdict").asText()).isEqualTo("misquoted");
    }
}
