package org.quotebench.ui.welcome;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.quotebench.core.ArticleDraft;
import org.quotebench.importer.ArticleReader;

/** The fictional sample articles shipped in the jar (from assets/samples), ready to import. */
public final class SampleArticles {
    /** Two cover the same council vote and quote the same people differently. */
    static final List<String> NAMES = List.of("harbour-courier-bridge-vote.txt", "bellmouth-gazette-bridge-vote.html",
            "saltmere-weekly-ferry-strike.md");

    private SampleArticles() {
    }

    public static List<ArticleDraft> read() {
        ArticleReader reader = new ArticleReader();
        List<ArticleDraft> drafts = new ArrayList<>();
        for (String name : NAMES) {
            try (InputStream in = SampleArticles.class.getResourceAsStream("/org/quotebench/samples/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("The sample " + name + " is missing from this build");
                }
                drafts.add(reader.read(name, in.readAllBytes()));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the sample " + name, e);
            }
        }
        return drafts;
    }
}
