package org.quotebench.export;

import java.util.List;
import org.quotebench.core.Article;
import org.quotebench.core.CodePointIndex;
import org.quotebench.core.Quote;

/** One article and the quotes of it that an export takes, with its code-point index for offsets. */
public record ExportedArticle(Article article, List<Quote> quotes, CodePointIndex index) {
    public ExportedArticle(Article article, List<Quote> quotes) {
        this(article, List.copyOf(quotes), new CodePointIndex(article.text()));
    }

    /** A Java index of this article's text as the code-point offset that leaves the program. */
    public int codePoint(int javaIndex) {
        return index.toCodePoint(javaIndex);
    }
}
