package org.quotebench.importer;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns the files and folders a user names into the list of files to import. */
public final class ImportSources {
    /** File name endings taken from folders (compared without regard to case). */
    public static final List<String> ARTICLE_EXTENSIONS = List.of("txt", "html", "htm", "md");

    private ImportSources() {
    }

    /**
     * The files to import, in the order given. A folder is searched through all its subfolders for
     * .txt, .html, .htm and .md files, returned sorted by path; other files and anything whose name
     * starts with a dot are passed over. A file named explicitly is returned whatever its name, and so is
     * a path that does not exist or a folder that cannot be searched, for {@link ArticleReader} to refuse
     * with a reason. A file reached twice is listed once.
     */
    public static List<Path> expand(List<Path> paths) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(filesUnder(path));
            } else {
                files.add(path);
            }
        }
        return List.copyOf(files);
    }

    private static List<Path> filesUnder(Path given) {
        // A folder named through a link is walked at its target, and its files named through the link.
        Path folder = realFolder(given);
        List<Path> found = new ArrayList<>();
        List<Path> unreadable = new ArrayList<>();
        try {
            // Links to folders are not followed, so a link back up the tree cannot loop forever.
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isDirectory() && !isHidden(file) && isArticleFile(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!isHidden(file)) {
                        unreadable.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            unreadable.add(folder);
        }
        found.addAll(unreadable);
        found.sort(null);
        if (folder.equals(given)) {
            return found;
        }
        List<Path> named = new ArrayList<>(found.size());
        found.forEach(file -> named.add(given.resolve(folder.relativize(file))));
        return named;
    }

    private static Path realFolder(Path folder) {
        if (!Files.isSymbolicLink(folder)) {
            return folder;
        }
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder;
        }
    }

    static boolean isArticleFile(Path file) {
        return ARTICLE_EXTENSIONS.contains(ArticleReader.extension(file.getFileName().toString()));
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
