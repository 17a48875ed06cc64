package org.quotebench.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Files that are not articles (JSON and XML documents, annotation files, spreadsheets, archives) are
 * refused with what they are and what to use instead; articles that merely look a little like them
 * still import.
 */
class OtherDocumentsTest {
    private static final String IMPORT_ANNOTATIONS = "not an article; annotation files go in with import-annotations";
    private final ArticleReader reader = new ArticleReader();

    private String refusal(String name, String content) {
        return refusal(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private String refusal(String name, byte[] bytes) {
        try {
            reader.read(name, bytes);
        } catch (RefusedFile refused) {
            return refused.reason();
        }
        throw new AssertionError(name + " was not refused");
    }

    private String imported(String name, String content) {
        return reader.read(name, content.getBytes(StandardCharsets.UTF_8)).text();
    }

    @Test
    void jsonDocumentWhateverItsName() {
        assertThat(refusal("story.txt", "{\"title\": \"Ferry talks\", \"body\": \"Text\"}\n"))
                .isEqualTo("a JSON document, " + IMPORT_ANNOTATIONS + " (--format jsonl, label-studio or doccano)");
        assertThat(refusal("list.md", "  [1, 2, {\"a\": null}]  ")).startsWith("a JSON document, not an article");
    }

    @Test
    void annotationFilesNameTheFormatToUse() {
        assertThat(refusal("tasks.json", "[{\"id\": 1, \"data\": {\"text\": \"Hi\"}, \"annotations\": []}]"))
                .isEqualTo("a Label Studio export, not an article; use import-annotations --format label-studio");
        assertThat(refusal("doccano.txt", "{\"text\": \"Hi there\", \"entities\": []}\n\n{\"text\": \"Bye\", \"entities\": []}\n"))
                .isEqualTo("a doccano export (JSON Lines), not an article; use import-annotations --format doccano");
        assertThat(refusal("export.jsonl", "{\"id\": 1, \"uuid\": \"u\", \"text\": \"Hi\", \"quotes\": []}\n"))
                .isEqualTo("a Quotebench export (JSON Lines), not an article; use import-annotations --format jsonl");
        assertThat(refusal("0001.ann", "T1\tQuote 0 5\tHello\nT2\tSpeaker 10 13\tAna\nR1\tSaidBy Arg1:T1 Arg2:T2\n"))
                .isEqualTo("a brat annotation file, not an article; import its folder with import-annotations --format brat");
    }

    @Test
    void jsonAndAnnotationExtensionsAreDecisiveEvenWhenTheContentIsBroken() {
        assertThat(refusal("cut.json", "{\"text\": \"Hi")).isEqualTo("a JSON file, " + IMPORT_ANNOTATIONS
                + " (--format jsonl, label-studio or doccano)");
        assertThat(refusal("cut.jsonl", "{\"text\": \"Hi")).startsWith("a JSON Lines file, not an article");
        assertThat(refusal("notes.ann", "just some words")).startsWith("a brat annotation file, not an article");
    }

    @Test
    void xmlDocumentsThatAreNotHtml() {
        assertThat(refusal("feed.txt", "<?xml version=\"1.0\"?>\n<!-- news -->\n<rss version=\"2.0\"><channel><title>News</title></channel></rss>"))
                .isEqualTo("an RSS feed (XML), not an article; save each article it links to as a web page (.html) and import those");
        assertThat(refusal("data.xml", "<records><record>Ferry talks</record></records>"))
                .isEqualTo("an XML document (root <records>), not an article; save the article as plain text (.txt) or a web page (.html)");
        assertThat(refusal("tei.txt", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text>Hi</text></TEI>"))
                .startsWith("an XML document (root <TEI>), not an article");
        // XHTML is HTML, with or without a prolog.
        assertThat(imported("page.txt", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>The tide will turn.</p></body></html>"))
                .isEqualTo("The tide will turn.");
    }

    @Test
    void spreadsheetsAndTables() throws IOException {
        assertThat(refusal("quotes.csv", "title,text\nFerry,Hello\n"))
                .isEqualTo("a CSV table, not an article; save each article as a .txt or .html file and import those");
        assertThat(refusal("book.xlsx", zip("[Content_Types].xml", "<Types/>")))
                .isEqualTo("an Excel spreadsheet, not an article; save each article as a .txt or .html file and import those");
        assertThat(refusal("book.bin", storedZip("mimetype", "application/vnd.oasis.opendocument.spreadsheet")))
                .isEqualTo("an OpenDocument spreadsheet, not an article; save each article as a .txt or .html file and import those");
        assertThat(refusal("story.docx", zip("[Content_Types].xml", "<Types/>")))
                .isEqualTo("a Word document, not an article; save it as plain text (.txt) or a web page (.html) and import that");
    }

    @Test
    void archivesAndBundles() throws IOException {
        assertThat(refusal("articles.zip", zip("a.txt", "Hello")))
                .isEqualTo("a ZIP archive, not an article; unpack it and import the folder");
        assertThat(refusal("ana.txt", zip("manifest.json", "{}")))
                .isEqualTo("a Quotebench bundle, not an article; merge it with import-annotations --format bundle");
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("Hello".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(refusal("story.txt.gz", gz.toByteArray())).isEqualTo("a gzip archive, not an article; unpack it and import what is inside");
        byte[] tar = new byte[1024];
        System.arraycopy("story.txt".getBytes(StandardCharsets.US_ASCII), 0, tar, 0, 9);
        System.arraycopy("ustar\u000000".getBytes(StandardCharsets.US_ASCII), 0, tar, 257, 8);
        assertThat(refusal("stories.tar", tar)).isEqualTo("a tar archive, not an article; unpack it and import the folder");
        assertThat(refusal("s.bz2", "BZh91AY&SY\u0001\u0002".getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo("a bzip2 archive, not an article; unpack it and import what is inside");
    }

    @Test
    void articlesThatOnlyLookALittleLikeDataStillImport() {
        String braces = "{Editor's note: updated at noon} The ferry talks resumed.\n\nThe union said {\"demand\": 1} was its whole offer.";
        assertThat(imported("note.txt", braces)).isEqualTo(braces);
        assertThat(imported("updated.txt", "[Updated] Ferry talks resume\n\nThe union met the owners.")).startsWith("[Updated]");
        assertThat(imported("fragment.txt", "<b>Breaking</b>: the ferry talks resumed.")).startsWith("<b>Breaking</b>");
        assertThat(imported("code.md", "# JSON in five minutes\n\n{\"a\": 1} is an object.")).contains("{\"a\": 1}");
        assertThat(imported("count.txt", "42")).isEqualTo("42");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsNamedNotCalledBinary() {
        String text = "Ferry talks\n\n“We are not going back to sea tonight,” said Yusuf Demir.";
        assertThat(refusal("le.txt", text.getBytes(StandardCharsets.UTF_16LE)))
                .isEqualTo("UTF-16 text without a byte order mark; save it as UTF-8");
        assertThat(refusal("be.txt", text.getBytes(StandardCharsets.UTF_16BE)))
                .isEqualTo("UTF-16 text without a byte order mark; save it as UTF-8");
        assertThat(refusal("nul.txt", "Some text\0with a NUL".getBytes(StandardCharsets.UTF_8))).isEqualTo("binary file (NUL bytes), not text");
        byte[] binary = {1, 0, 0, 0, 5, 0, 7, 0, (byte) 0xFF, 0, 0, 0};
        assertThat(refusal("data.bin", binary)).isEqualTo("binary file (NUL bytes), not text");
    }

    /** Noted in review: UTF-32 without a byte order mark was called a binary file. */
    @Test
    void utf32WithoutAByteOrderMarkIsNamedNotCalledBinary() {
        String text = "Ferry talks 🚢\n\n“We are not going back to sea tonight,” said Rene\u0301e Okafor.";
        assertThat(refusal("le.txt", text.getBytes(java.nio.charset.Charset.forName("UTF-32LE"))))
                .isEqualTo("UTF-32 text without a byte order mark; save it as UTF-8");
        assertThat(refusal("be.txt", text.getBytes(java.nio.charset.Charset.forName("UTF-32BE"))))
                .isEqualTo("UTF-32 text without a byte order mark; save it as UTF-8");
        byte[] counters = {1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0, 0}; // little numbers, not letters
        assertThat(refusal("counters.bin", counters)).isEqualTo("binary file (NUL bytes), not text");
        byte[] binary = {1, 0, 0, 0, 5, 0, 7, 0, (byte) 0xFF, 0, 0, 0};
        assertThat(refusal("data.bin", binary)).isEqualTo("binary file (NUL bytes), not text");
    }

    /** As OpenDocument writes its first entry, mimetype: stored, not compressed. */
    private static byte[] storedZip(String entry, String content) throws IOException {
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(data);
        ZipEntry e = new ZipEntry(entry);
        e.setMethod(ZipEntry.STORED);
        e.setSize(data.length);
        e.setCrc(crc.getValue());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(e);
            zip.write(data);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] zip(String entry, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            ZipEntry e = new ZipEntry(entry);
            zip.putNextEntry(e);
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
