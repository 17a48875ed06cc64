package org.quotebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.core.QuotebenchException;

class ArticlesAndSearchTest {
    @TempDir
    Path dir;
    Workspace workspace;

    /** The workspace the tests run on: a file here, a library on a PostgreSQL server in {@code ArticlesAndSearchOnServerTest}. */
    Workspace openWorkspace() {
        return Workspace.open(dir.resolve("news.qb"));
    }

    @BeforeEach
    void open() {
        workspace = openWorkspace();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void importStoresTextMetadataAndLengthInCodePoints() {
        String text = "😀 Café\u0301 «Hello» said the mayor.";
        ImportOutcome outcome = workspace.articles().importArticle(Drafts.article("Harbour", text));
        assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
        long id = ((ImportOutcome.Imported) outcome).article().id();
        var article = workspace.articles().get(id);
        assertThat(article.text()).isEqualTo(text);
        assertThat(article.info().length()).isEqualTo(text.codePointCount(0, text.length()));
        assertThat(article.info().metadata().outlet()).contains("The Harbour Courier");
        assertThat(article.info().uuid()).hasSize(36);
        assertThat(article.info().encoding()).isEqualTo("UTF-8");
    }

    @Test
    void theSameTextTwiceIsADuplicateOfTheFirst() {
        var first = (ImportOutcome.Imported) workspace.articles().importArticle(Drafts.article("One", "Same words."));
        ImportOutcome again = workspace.articles().importArticle(Drafts.article("Other title", "Same words."));
        assertThat(again).isEqualTo(new ImportOutcome.Duplicate(first.article().id()));
        List<ImportOutcome> batch = workspace.articles().importAll(List.of(
                Drafts.article("A", "New words."), Drafts.article("B", "New words.")));
        assertThat(batch.get(1)).isEqualTo(new ImportOutcome.Duplicate(((ImportOutcome.Imported) batch.get(0)).article().id()));
        assertThat(workspace.articles().count()).isEqualTo(2);
    }

    @Test
    void searchRanksTitleMatchesFirstAndMarksSnippets() {
        workspace.articles().importArticle(Drafts.article("Ferry strike", "Crews stopped work on Monday."));
        workspace.articles().importArticle(Drafts.article("Council budget", "The budget mentions a ferry only once."));
        List<FullTextSearch.Hit> hits = workspace.search().search("ferry", 50);
        assertThat(hits).extracting(FullTextSearch.Hit::title).containsExactly("Ferry strike", "Council budget");
        assertThat(hits.get(1).snippet()).contains("<mark>ferry</mark>");
        assertThat(workspace.search().search("\"only once\"", 50)).singleElement()
                .satisfies(hit -> assertThat(hit.title()).isEqualTo("Council budget"));
        assertThat(workspace.search().search("cafe", 50)).isEmpty();
    }

    /**
     * A server ranks on a vector with each word's first four positions (issue 25, migration 006): a phrase
     * whose words only stand together after their fifth time, a word that only follows another far in, and
     * words the server's own parser joins into a phrase are all still found, by the library filter too.
     */
    @Test
    void phrasesAndWordsFarIntoALongArticleAreFound() {
        String text = "The ferry left. The timetable changed. ".repeat(6) + "Then the ferry timetable was printed. "
                + "In l’avion nothing.";
        workspace.articles().importArticle(Drafts.article("Harbour notes", text));
        workspace.articles().importArticle(Drafts.article("Other notes", "A ferry. A timetable. " + "Nothing together. ".repeat(3)));
        assertThat(workspace.search().search("\"ferry timetable\"", 10)).extracting(FullTextSearch.Hit::title)
                .containsExactly("Harbour notes");
        assertThat(workspace.search().search("printed", 10)).hasSize(1);
        assertThat(workspace.search().search("l’avion", 10)).extracting(FullTextSearch.Hit::title).containsExactly("Harbour notes");
        assertThat(workspace.search().search("ferry timetable", 10)).hasSize(2);
        // a phrase after NOT: the other article has both words, never together, so it is found
        assertThat(workspace.search().search("timetable NOT \"ferry timetable\"", 10)).extracting(FullTextSearch.Hit::title)
                .containsExactly("Other notes");
        assertThat(workspace.search().search("ferry NOT \"ferry left\"", 10)).extracting(FullTextSearch.Hit::title)
                .containsExactly("Other notes");
        assertThat(workspace.articles().find(new LibraryFilter(java.util.Optional.of("timetab"), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty()))).hasSize(2);
    }

    @Test
    void searchIgnoresAccentsAndHandlesPrefixes() {
        workspace.articles().importArticle(Drafts.article("Résumé", "Le café était fermé."));
        assertThat(workspace.search().search("cafe", 10)).hasSize(1);
        assertThat(workspace.search().search("ferm*", 10)).hasSize(1);
    }

    @Test
    void aBadQueryIsAClearError() {
        assertThatThrownBy(() -> workspace.search().search("don't", 10)).isInstanceOf(QuotebenchException.class)
                .hasMessageContaining("not valid").hasMessageContaining("double quotes");
        assertThatThrownBy(() -> workspace.search().search("  ", 10)).hasMessageContaining("empty");
    }

    @Test
    void aMissingArticleIsAClearError() {
        assertThatThrownBy(() -> workspace.articles().get(42)).hasMessage("No article with id 42.");
    }
}
