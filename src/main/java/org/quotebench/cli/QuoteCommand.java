package org.quotebench.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code quotebench quote …}: add, list, edit and delete quotes. */
@Command(name = "quote", description = "Add, list, edit or delete quotes.", synopsisSubcommandLabel = "COMMAND",
        subcommands = {QuoteAddCommand.class, QuoteListCommand.class, QuoteEditCommand.class, QuoteDeleteCommand.class})
final class QuoteCommand {
    @Mixin
    CommonOptions options;
}
