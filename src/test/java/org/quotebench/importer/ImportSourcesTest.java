package org.quotebench.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportSourcesTest {
    @TempDir
    Path dir;

    private Path file(String relative) throws IOException {
        Path path = dir.resolve(relative);
        Files.createDirectories(path.getParent());
        return Files.writeString(path, "Some text");
    }

    @Test
    void folderIsSearchedRecursivelyForArticleFilesInSortedOrder() throws IOException {
        Path b = file("b.txt");
        Path a = file("a.HTML");
        Path nestedMd = file("sub/deeper/c.md");
        Path nestedHtm = file("sub/d.Htm");
        file("picture.png");
        file("notes.docx");
        file("sub/no-extension");
        file(".hidden.txt");
        file(".git/config.txt");
        file("sub/.cache/e.txt");

        assertThat(ImportSources.expand(List.of(dir))).containsExactly(a, b, nestedHtm, nestedMd);
    }

    @Test
    void explicitFilesAreKeptWhateverTheirNameAndOrder() throws IOException {
        Path pdf = file("report.pdf");
        Path hidden = file(".secret.txt");
        Path text = file("story.txt");
        assertThat(ImportSources.expand(List.of(text, pdf, hidden))).containsExactly(text, pdf, hidden);
    }

    @Test
    void missingPathIsPassedOnForTheReaderToRefuse() {
        Path missing = dir.resolve("nope");
        assertThat(ImportSources.expand(List.of(missing))).containsExactly(missing);
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> new ArticleReader().read(missing), RefusedFile.class).reason()).isEqualTo("no such file or folder");
    }

    @Test
    void foldersAndFilesMixKeepTheGivenOrderAndListAFileOnce() throws IOException {
        Path first = file("one/x.txt");
        Path second = file("two/y.txt");
        assertThat(ImportSources.expand(List.of(dir.resolve("two"), dir.resolve("one"), second)))
                .containsExactly(second, first);
    }

    @Test
    void emptyFolderGivesNothing() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(ImportSources.expand(List.of(empty))).isEmpty();
    }

    @Test
    void linkedFolderLoopIsNotFollowed() throws IOException {
        Path story = file("loop/story.txt");
        Files.createSymbolicLink(dir.resolve("loop/back"), dir);
        assertThat(ImportSources.expand(List.of(dir))).containsExactly(story);
    }

    @Test
    void aFolderNamedThroughALinkIsSearchedAndItsFilesNamedThroughTheLink(@TempDir Path root) throws IOException {
        Path real = Files.createDirectories(root.resolve("real/inner"));
        Files.writeString(real.resolve("a.txt"), "Fictional text.");
        Path link = Files.createSymbolicLink(root.resolve("link"), root.resolve("real"));
        assertThat(ImportSources.expand(List.of(link))).containsExactly(link.resolve("inner/a.txt"));
    }
}
