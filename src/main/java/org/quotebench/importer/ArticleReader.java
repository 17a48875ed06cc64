package org.quotebench.importer;

import java.nio.file.Path;
import java.util.Locale;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.PlainText;

/**
 * Reads one file (plain text, Markdown or HTML) into an article draft, or refuses it with a reason:
 * not text, or text of another kind (JSON, XML, annotations, tables; see {@link DataFile},
 * {@link XmlDocument}) or an archive or packaged document ({@link ContainerFile}).
 */
public final class ArticleReader {
    /** Files larger than this are refused before they are read. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    /**
     * Reads a file. The draft's source name is the file's name without its folder.
     *
     * @throws RefusedFile naming the path as given, when the file is missing, unreadable, too large or not text
     */
    public ArticleDraft read(Path file) {
        byte[] bytes = FileBytes.read(file, MAX_BYTES);
        Path name = file.getFileName();
        return draft(name == null ? file.toString() : name.toString(), file.toString(), bytes);
    }

    /**
     * Reads bytes already in memory, as if they came from a file called {@code sourceName}, whose
     * extension chooses between HTML and plain text when the content does not tell.
     *
     * @throws RefusedFile naming {@code sourceName}, when the bytes are too many or not text
     */
    public ArticleDraft read(String sourceName, byte[] bytes) {
        FileBytes.checkSize(sourceName, bytes.length, MAX_BYTES);
        return draft(sourceName, sourceName, bytes);
    }

    /**
     * Reads a page fetched from {@code address}: HTML when the server said so ({@code html}), else as
     * the bytes tell; {@code charset} is the one the server's Content-Type named, if any.
     *
     * @throws RefusedFile naming the address, when the bytes are too many or not an article's text
     */
    public ArticleDraft readFetched(String address, byte[] bytes, java.util.Optional<java.nio.charset.Charset> charset, boolean html) {
        FileBytes.checkSize(address, bytes.length, MAX_BYTES);
        return draft(address, address, bytes, charset, html);
    }

    private static ArticleDraft draft(String sourceName, String shown, byte[] bytes) {
        return draft(sourceName, shown, bytes, java.util.Optional.empty(), false);
    }

    private static ArticleDraft draft(String sourceName, String shown, byte[] bytes, java.util.Optional<java.nio.charset.Charset> sent,
            boolean sentHtml) {
        if (bytes.length == 0) {
            throw new RefusedFile(shown, "empty file");
        }
        String extension = extension(sourceName);
        ContainerFile.reason(extension, bytes).ifPresent(reason -> {
            throw new RefusedFile(shown, reason);
        });
        BinaryContent.signature(bytes).ifPresent(kind -> {
            throw new RefusedFile(shown, "binary file (looks like " + kind + "), not text");
        });
        if (!TextDecoder.hasWideBom(bytes) && BinaryContent.hasNulByte(bytes)) {
            if (BinaryContent.looksLikeUtf32WithoutBom(bytes)) {
                throw new RefusedFile(shown, "UTF-32 text without a byte order mark; save it as UTF-8");
            }
            throw BinaryContent.looksLikeUtf16WithoutBom(bytes)
                    ? new RefusedFile(shown, "UTF-16 text without a byte order mark; save it as UTF-8") : nulBytes(shown);
        }
        boolean htmlByName = sentHtml || extension.equals("html") || extension.equals("htm") || extension.equals("xhtml");
        DecodedText decoded = TextDecoder.decode(bytes, htmlByName || HtmlSniff.looksLikeHtml(bytes), shown, sent);
        String text = decoded.text();
        if (text.isEmpty()) {
            throw new RefusedFile(shown, "empty file");
        }
        if (text.indexOf('\0') >= 0) {
            throw nulBytes(shown);
        }
        if (PlainText.onlyWhitespace(text)) {
            throw new RefusedFile(shown, "contains only whitespace");
        }
        if (PlainText.mostlyControlCharacters(text)) {
            throw new RefusedFile(shown, "binary file (control characters), not text");
        }
        DataFile.reason(extension, text).or(() -> XmlDocument.reason(extension, text)).ifPresent(reason -> {
            throw new RefusedFile(shown, reason);
        });
        ArticleMetadata fallback = ArticleMetadata.NONE.withTitle(withoutExtension(sourceName));
        if (htmlByName || HtmlSniff.looksLikeHtml(text)) {
            HtmlArticle page = HtmlArticle.parse(text);
            // A character reference like &#0; can put a NUL into the text; HTML itself reads it as U+FFFD.
            String body = page.text().replace('\0', '\uFFFD');
            if (PlainText.onlyWhitespace(body)) {
                throw new RefusedFile(shown, "no article text found in the HTML");
            }
            return new ArticleDraft(body, withLanguage(page.metadata().orElse(fallback), body), decoded.encoding(), sourceName);
        }
        boolean markdown = extension.equals("md") || extension.equals("markdown");
        ArticleMetadata metadata = PlainTextMetadata.of(text, markdown).orElse(fallback);
        return new ArticleDraft(text, withLanguage(metadata, text), decoded.encoding(), sourceName);
    }

    /** The metadata with the text's language guessed ({@link org.quotebench.core.LanguageGuess}) when the page did not say. */
    private static ArticleMetadata withLanguage(ArticleMetadata metadata, String text) {
        if (metadata.language().isPresent()) {
            return metadata;
        }
        java.util.Optional<String> guessed = org.quotebench.core.LanguageGuess.of(text);
        return guessed.isEmpty() ? metadata : new ArticleMetadata(metadata.title(), metadata.outlet(), metadata.author(),
                metadata.url(), metadata.publishedOn(), guessed);
    }

    private static RefusedFile nulBytes(String shown) {
        return new RefusedFile(shown, "binary file (NUL bytes), not text");
    }


    static String extension(String fileName) {
        String name = baseName(fileName);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String withoutExtension(String fileName) {
        String name = baseName(fileName);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    private static String baseName(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return fileName.substring(slash + 1);
    }
}
