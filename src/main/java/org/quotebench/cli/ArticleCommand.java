package org.quotebench.cli;

import org.quotebench.core.ArticleInfo;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quotebench article …}: an article's details. */
@Command(name = "article", description = "Change an article's details (title, outlet, author, date, URL, language).",
        synopsisSubcommandLabel = "COMMAND", subcommands = {ArticleCommand.Edit.class})
final class ArticleCommand {
    @Mixin
    CommonOptions options;

    /** {@code quotebench article edit ID …}: changes only the fields given; an empty value clears a field. */
    @Command(name = "edit", description = {"Change an article's details: only the options given change; an empty value (\"\")",
            "clears a field. The text never changes. Full-text search follows a new title."})
    static final class Edit extends WorkspaceCommand {
        @Parameters(paramLabel = "ID", description = "The article id.")
        String article;

        @Option(names = "--title", paramLabel = "T", description = "The headline.")
        String title;

        @Option(names = "--outlet", paramLabel = "O", description = "The outlet that published it, e.g. \"Reuters\".")
        String outlet;

        @Option(names = "--author", paramLabel = "A", description = "Who wrote it.")
        String author;

        @Option(names = "--date", paramLabel = "D", description = "The day it was published, YYYY-MM-DD.")
        String date;

        @Option(names = "--url", paramLabel = "U", description = "Its web address (http:// or https://).")
        String url;

        @Option(names = "--language", paramLabel = "L", description = "Its language, e.g. en, de, fr.")
        String language;

        @Override
        int run(Workspace workspace) {
            long id = Ids.parse(article, "an article");
            ArticleMetadata now = workspace.articles().get(id).info().metadata();
            ArticleMetadata changed = new ArticleMetadata(SpeakerEditCommand.field(title, now.title()),
                    SpeakerEditCommand.field(outlet, now.outlet()), SpeakerEditCommand.field(author, now.author()),
                    SpeakerEditCommand.field(url, now.url()), SpeakerEditCommand.field(date, now.publishedOn()),
                    SpeakerEditCommand.field(language, now.language()));
            ArticleInfo info = workspace.articles().editMetadata(id, changed);
            if (json()) {
                printJson(shapes(workspace).article(info));
            } else {
                ArticleMetadata m = info.metadata();
                out().println("Changed article " + info.id() + ": " + m.title().orElse(info.sourceName()) + " · "
                        + m.outlet().orElse("no outlet") + " · " + m.author().orElse("no author") + " · "
                        + m.publishedOn().orElse("no date") + m.url().map(u -> " · " + u).orElse(""));
            }
            return 0;
        }
    }
}
