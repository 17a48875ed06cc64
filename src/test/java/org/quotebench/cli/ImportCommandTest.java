package org.quotebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    @TempDir
    Path dir;

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void aFolderImportsEveryArticleFileAndReportsDuplicatesAndRefusals() throws IOException {
        Path workspace = dir.resolve("news.qb");
        write("library/a.txt", "Ferry strike\n\nCrews stopped work.");
        write("library/deeper/b.html", "<html><head><title>Tram line</title></head><body><p>The tram runs.</p></body></html>");
        write("library/deeper/c.md", "# Flood barrier\n\nThe barrier held.");
        write("library/copy-of-a.txt", "Ferry strike\n\nCrews stopped work.");
        write("library/empty.txt", "");
        write("library/photo.jpg", "not an article");
        Files.write(dir.resolve("library/scan.txt"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2});

        CliRun run = CliRun.run(workspace, "import", dir.resolve("library").toString(), "--json");
        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode result = run.json();
        assertThat(result.get("imported")).extracting(a -> a.get("title").asText())
                .containsExactlyInAnyOrder("Ferry strike", "Tram line", "Flood barrier");
        assertThat(result.get("duplicates")).hasSize(1);
        JsonNode duplicate = result.get("duplicates").get(0);
        assertThat(duplicate.get("file").asText()).endsWith("copy-of-a.txt");
        assertThat(result.get("rejected")).extracting(r -> Path.of(r.get("file").asText()).getFileName().toString())
                .containsExactlyInAnyOrder("empty.txt", "scan.txt");
        assertThat(run.err().lines()).hasSize(2).allSatisfy(line -> assertThat(line).matches(".+\\.txt: .+"));
        assertThat(run.err()).contains("empty.txt: empty file").doesNotContain("Exception");
        long firstId = result.get("imported").get(0).get("id").asLong();
        assertThat(duplicate.get("article_id").asLong()).isIn(firstId, firstId + 1, firstId + 2);
    }

    @Test
    void aRefusedFileChangesNothingAlreadyStored() throws IOException {
        Path workspace = dir.resolve("news.qb");
        Path good = write("good.txt", "Ferry strike\n\nCrews stopped work.");
        assertThat(CliRun.run(workspace, "import", good.toString()).exitCode()).isZero();
        String before = CliRun.run(workspace, "list", "--json").out();
        Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {'a', 0, 'b'});
        CliRun run = CliRun.run(workspace, "import", bad.toString(), dir.resolve("missing.txt").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bad.txt: ").contains("missing.txt: ");
        assertThat(CliRun.run(workspace, "list", "--json").out()).isEqualTo(before);
        assertThat(run.out()).contains("Imported 0 articles").contains("2 files refused");
    }

    @Test
    void importingTheSameFileAgainIsADuplicateNotASecondCopy() throws IOException {
        Path workspace = dir.resolve("news.qb");
        Path file = write("a.txt", "Ferry strike\n\nCrews stopped work.");
        long id = CliRun.run(workspace, "import", file.toString(), "--json").json().get("imported").get(0).get("id").asLong();
        JsonNode again = CliRun.run(workspace, "import", file.toString(), "--json").json();
        assertThat(again.get("imported")).isEmpty();
        assertThat(again.get("duplicates").get(0).get("article_id").asLong()).isEqualTo(id);
        assertThat(CliRun.run(workspace, "list", "--json").json()).hasSize(1);
    }

    @Test
    void hardTextImportsWholeAndItsOffsetsAreCodePoints() throws IOException {
        Path workspace = dir.resolve("news.qb");
        // Fictional: emoji with skin tone and ZWJ, a flag, a combining accent, Arabic and Hebrew, guillemets and German quotes.
        String text = "Grenzbrücke\n\n👩🏽‍⚕️ 🇺🇦 Rene\u0301e sagte: „Wir bauen.“ مرحبا שלום «Oui», dit-elle. \"The end.\"";
        Path file = write("hard.txt", text);
        JsonNode imported = CliRun.run(workspace, "import", file.toString(), "--json").json().get("imported").get(0);
        assertThat(imported.get("length").asInt()).isEqualTo(text.codePointCount(0, text.length()));
        String id = imported.get("id").asText();
        assertThat(CliRun.run(workspace, "show", id, "--json").json().get("text").asText()).isEqualTo(text);
        for (String quoted : new String[] {"„Wir bauen.“", "«Oui»", "\"The end.\""}) {
            int start = text.codePointCount(0, text.indexOf(quoted));
            int end = start + quoted.codePointCount(0, quoted.length());
            JsonNode quote = CliRun.run(workspace, "quote", "add", id, "--start", Integer.toString(start), "--end",
                    Integer.toString(end), "--text", quoted, "--json").json();
            assertThat(quote.get("text").asText()).isEqualTo(quoted);
            assertThat(quote.get("start").asInt()).isEqualTo(start);
        }
    }

    @Test
    void aMillionCharacterLineImportsAndItsLastWordCanBeQuoted() throws IOException {
        Path workspace = dir.resolve("news.qb");
        String text = "😀".repeat(10) + "x".repeat(1_000_000) + " «fin»";
        Path file = write("long.txt", text);
        CliRun run = CliRun.run(workspace, "import", file.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode imported = run.json().get("imported").get(0);
        int length = imported.get("length").asInt();
        assertThat(length).isEqualTo(1_000_016);
        JsonNode quote = CliRun.run(workspace, "quote", "add", imported.get("id").asText(), "--start",
                Integer.toString(length - 5), "--end", Integer.toString(length), "--json").json();
        assertThat(quote.get("text").asText()).isEqualTo("«fin»");
    }

    @Test
    void aFolderWithoutArticlesAndANameWithALineBreakAreOneLineEach() throws IOException {
        Path workspace = dir.resolve("news.qb");
        Files.createDirectories(dir.resolve("nothing-here"));
        write("nothing-here/photo.jpg", "not an article");
        Path odd = Files.write(dir.resolve("odd\nname.txt"), new byte[0]);
        CliRun run = CliRun.run(workspace, "import", dir.resolve("nothing-here").toString(), odd.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(2);
        assertThat(run.err()).contains("nothing-here: no article files").contains("odd\\x0aname.txt: empty file");
    }

    @Test
    void theHumanSummaryNamesTheWorkspace() throws IOException {
        Path workspace = dir.resolve("news.qb");
        Path file = write("a.txt", "Ferry strike\n\nCrews stopped work.");
        CliRun run = CliRun.run(workspace, "import", file.toString());
        assertThat(run.out()).contains("Imported 1 article into").contains("news.qb");
    }
}
