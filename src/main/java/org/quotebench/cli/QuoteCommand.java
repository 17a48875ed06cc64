package org.quotebench.cli;

import picocli.CommandLine.Command;

/** {@code quotebench quote …}: add, list, edit and delete quotes. */
@Command(name = "quote", description = "Add, list, edit or delete quotes.", synopsisSubcommandLabel = "COMMAND",
        subcommands = {QuoteAddCommand.class, QuoteListCommand.class, QuoteEditCommand.class, QuoteDeleteCommand.class})
final class QuoteCommand {
}
