package org.quotebench.cli;

import org.quotebench.core.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;

/** The top of the command line: {@code quotebench [-w FILE] COMMAND}. */
@Command(name = "quotebench", mixinStandardHelpOptions = true, versionProvider = QuotebenchCommand.VersionText.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {"Trace who said what: import news articles, mark quotes, link them to speakers and events.",
                "Without a command, Quotebench opens its window."},
        subcommands = {HelpCommand.class, ImportCommand.class, ListCommand.class, ShowCommand.class, SearchCommand.class, QuoteCommand.class,
                ArticleCommand.class, RefreshCommand.class, VersionsCommand.class, SpeakerCommand.class, EventCommand.class, SuggestCommand.class, ExportCommand.class, ImportAnnotationsCommand.class, AgreeCommand.class, CompareCommand.class,
                BackupCommand.class, RestoreCommand.class, CheckCommand.class, ServerSetupCommand.class, CopyCommand.class},
        footer = {"", "Offsets in --json output and options count Unicode code points; end is exclusive.",
                "Exit codes: 0 done, 1 a user error, 2 some input was refused (the rest was done)."})
public final class QuotebenchCommand {
    @Mixin
    CommonOptions options;

    /** Prints "Quotebench VERSION (built DATE)". */
    static final class VersionText implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Quotebench " + Version.version() + " (built " + Version.buildDate() + ")"};
        }
    }
}
