package org.quotebench.importer;

import java.nio.file.Path;
import org.quotebench.core.ArticleDraft;

/** Reads one file (plain text, Markdown or HTML) into an article draft, or refuses it with a reason. */
public final class ArticleReader {
    /** Files larger than this are refused before they are read. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    public ArticleDraft read(Path file) {
        throw new RefusedFile(file, "not implemented yet");
    }
}
