package org.quotebench.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefusalTest {
    private final ArticleReader reader = new ArticleReader();

    @TempDir
    Path dir;

    private RefusedFile refusal(String name, byte[] bytes) {
        try {
            reader.read(name, bytes);
        } catch (RefusedFile refused) {
            return refused;
        }
        throw new AssertionError(name + " was not refused");
    }

    private RefusedFile refusal(Path file) {
        try {
            reader.read(file);
        } catch (RefusedFile refused) {
            return refused;
        }
        throw new AssertionError(file + " was not refused");
    }

    @Test
    void emptyFile() {
        RefusedFile refused = refusal("nothing.txt", new byte[0]);
        assertThat(refused.reason()).isEqualTo("empty file");
        assertThat(refused.file()).isEqualTo("nothing.txt");
        assertThat(refused.getMessage()).isEqualTo("nothing.txt: empty file");
    }

    @Test
    void fileWithOnlyABomIsEmpty() {
        assertThat(refusal("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).reason()).isEqualTo("empty file");
    }

    @Test
    void whitespaceOnly() {
        assertThat(refusal("blank.txt", " \n\t\r\n \u00a0\u3000 ".getBytes(StandardCharsets.UTF_8)).reason())
                .isEqualTo("contains only whitespace");
    }

    @Test
    void nulBytes() {
        assertThat(refusal("nul.txt", "Some text\0with a NUL".getBytes(StandardCharsets.UTF_8)).reason())
                .isEqualTo("binary file (NUL bytes), not text");
    }

    @Test
    void nulCharacterInUtf16() {
        byte[] text = "Text\0more".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        assertThat(refusal("nul16.txt", bytes).reason()).isEqualTo("binary file (NUL bytes), not text");
    }

    @Test
    void utf16WithBrokenSurrogates() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'A', 0, 0x00, (byte) 0xD8, 'B', 0};
        assertThat(refusal("broken.txt", bytes).reason()).isEqualTo("invalid UTF-16LE text");
    }

    @Test
    void pdfMagic() {
        assertThat(refusal("report.txt", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)).reason())
                .isEqualTo("binary file (looks like a PDF), not text");
    }

    @Test
    void pngMagic() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(refusal("photo.html", png).reason()).isEqualTo("binary file (looks like a PNG image), not text");
    }

    @Test
    void zipAndOfficeMagic() {
        byte[] docx = {'P', 'K', 3, 4, 20, 0, 6, 0};
        assertThat(refusal("story.docx", docx).reason())
                .isEqualTo("a Word document, not an article; save it as plain text (.txt) or a web page (.html) and import that");
    }

    @Test
    void manyControlCharacters() {
        StringBuilder junk = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            junk.append("ab\u0001\u0002\u0003\u001b");
        }
        assertThat(refusal("junk.txt", junk.toString().getBytes(StandardCharsets.UTF_8)).reason())
                .isEqualTo("binary file (control characters), not text");
    }

    @Test
    void aFewControlCharactersAreTolerated() {
        String text = "A title\n\nSome text with a form feed \f and a tab \t and one escape \u001b in a longer line.";
        assertThat(reader.read("ok.txt", text.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(text);
    }

    @Test
    void htmlWithoutText() {
        byte[] page = "<html><head><title>Empty</title><script>var x = 1;</script></head><body><nav>Menu</nav></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(refusal("empty.html", page).reason()).isEqualTo("no article text found in the HTML");
    }

    @Test
    void missingFile() {
        Path missing = dir.resolve("gone.txt");
        RefusedFile refused = refusal(missing);
        assertThat(refused.reason()).isEqualTo("no such file or folder");
        assertThat(refused.file()).isEqualTo(missing.toString());
    }

    @Test
    void folder() {
        assertThat(refusal(dir).reason()).isEqualTo("is a folder, not a file");
    }

    @Test
    void brokenLink() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("nowhere.txt"));
        assertThat(refusal(link).reason()).isEqualTo("no such file or folder");
    }

    @Test
    void fileLargerThanTheLimitIsRefusedBeforeReading() throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            // Sparse: zero bytes that are never written; reading them would give a NUL refusal instead.
            file.setLength(51L * 1024 * 1024);
        }
        RefusedFile refused = refusal(huge);
        assertThat(refused.reason()).isEqualTo("larger than the 50 MB limit (51 MB)");
    }

    @Test
    void bytesLargerThanTheLimitAreRefused() {
        assertThat(refusal("big.txt", new byte[(int) ArticleReader.MAX_BYTES + 1]).reason())
                .isEqualTo("larger than the 50 MB limit (50.1 MB)");
    }

    @Test
    void sizesAreShownInMegabytes() {
        assertThat(FileBytes.megabytes(51L * 1024 * 1024)).isEqualTo("51");
        assertThat(FileBytes.megabytes(50L * 1024 * 1024 + 1)).isEqualTo("50.1");
        assertThat(FileBytes.megabytes(60_000_000)).isEqualTo("57.3");
    }

    @Test
    void unreadableFile() throws IOException {
        Path locked = Files.writeString(dir.resolve("locked.txt"), "Secret text");
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        // The superuser reads anything, so this case can only be checked as an ordinary user.
        Assumptions.assumeFalse(Files.isReadable(locked), "running with rights to read any file");
        assertThat(refusal(locked).reason()).isEqualTo("cannot be read (permission denied)");
    }
}
