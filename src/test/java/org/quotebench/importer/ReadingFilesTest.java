package org.quotebench.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.core.ArticleDraft;

class ReadingFilesTest {
    private final ArticleReader reader = new ArticleReader();

    @TempDir
    Path dir;

    @Test
    void sourceNameIsTheFileNameWithoutFolders() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("desk"));
        Path file = Files.writeString(sub.resolve("harbour.txt"), "Harbour news\n\nThe pier reopened.\n");
        ArticleDraft draft = reader.read(file);
        assertThat(draft.sourceName()).isEqualTo("harbour.txt");
        assertThat(draft.text()).isEqualTo("Harbour news\n\nThe pier reopened.\n");
        assertThat(draft.metadata().title()).contains("Harbour news");
    }

    @Test
    void htmlIsSniffedWhateverTheExtension() throws IOException {
        Path file = Files.writeString(dir.resolve("saved-page.txt"),
                "\n  <!DOCTYPE html>\n<html><head><title>Quay works</title></head><body><p>Works start soon.</p></body></html>");
        ArticleDraft draft = reader.read(file);
        assertThat(draft.text()).isEqualTo("Works start soon.");
        assertThat(draft.metadata().title()).contains("Quay works");
    }

    @Test
    void textMentioningHtmlLaterIsNotHtml() {
        String text = "Web tips\n\nWrite <html> at the top of a page and <p> around paragraphs.\n";
        ArticleDraft draft = reader.read("tips.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(draft.text()).isEqualTo(text);
    }

    @Test
    void twentyMegabyteFileImportsQuickly() throws IOException {
        Path file = dir.resolve("long.txt");
        byte[] line = "The committee heard evidence from residents about the new tram line – «c’est long». \n"
                .getBytes(StandardCharsets.UTF_8);
        long written = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("A very long report\n\n".getBytes(StandardCharsets.UTF_8));
            while (written < 20L * 1024 * 1024) {
                out.write(line);
                written += line.length;
            }
        }
        long start = System.nanoTime();
        ArticleDraft draft = reader.read(file);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(draft.text()).startsWith("A very long report\n\nThe committee");
        assertThat(draft.text()).isEqualTo(Files.readString(file));
        assertThat(draft.metadata().title()).contains("A very long report");
        assertThat(millis).as("milliseconds to read 20 MB").isLessThan(10_000);
    }

    @Test
    void twentyMegabytesOfWindows1252ImportQuickly() {
        byte[] bytes = new byte[20 * 1024 * 1024];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 64 == 63 ? '\n' : i % 7 == 0 ? 0xE9 : 'a' + i % 26);
        }
        long start = System.nanoTime();
        ArticleDraft draft = reader.read("latin.txt", bytes);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(draft.encoding()).isEqualTo("windows-1252");
        assertThat(draft.text()).hasSize(bytes.length);
        assertThat(millis).as("milliseconds to read 20 MB").isLessThan(10_000);
    }

    @Test
    void millionCharacterLineImportsQuicklyAsText() {
        String line = "word ".repeat(200_000);
        long start = System.nanoTime();
        ArticleDraft draft = reader.read("line.txt", line.getBytes(StandardCharsets.UTF_8));
        assertThat(draft.text()).isEqualTo(line);
        assertThat(draft.metadata().title()).contains("line");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void millionCharacterLineImportsQuicklyAsHtml() {
        String page = "<html><body><p>" + "word ".repeat(200_000) + "</p><p>" + "x".repeat(1_000_000) + "</p></body></html>";
        long start = System.nanoTime();
        ArticleDraft draft = reader.read("line.html", page.getBytes(StandardCharsets.UTF_8));
        assertThat(draft.text()).hasSize(999_999 + 2 + 1_000_000);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void manySmallFilesAreCheap() {
        byte[] article = ("Small article\n\nBy Ana Pereira\ndate 2030-02-01\n\n" + "Plain words said here. ".repeat(350))
                .getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        for (int i = 0; i < 2_000; i++) {
            reader.read("small-" + i + ".txt", article);
        }
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds for 2,000 files of 8 KB").isLessThan(5_000);
    }
}
