package org.quotebench.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.quotebench.export.JsonShapes;
import org.quotebench.store.ServerSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quotebench server-setup --database NAME}: prints the SQL that makes a shared library on a
 * PostgreSQL server (issue 25) for an administrator to read and run with psql; connects to nothing.
 */
@Command(name = "server-setup", description = {"Print the SQL that makes a shared library on a PostgreSQL server: the",
        "roles NAME_editors (may change) and NAME_readers (browse, search, export), the database NAME and its",
        "schema. Run it as a PostgreSQL superuser:", "  quotebench server-setup --database NAME | psql -v ON_ERROR_STOP=1"})
final class ServerSetupCommand extends FileCommand {
    @Option(names = "--database", required = true, paramLabel = "NAME",
            description = "The library's database: lower-case letters, digits and underscores.")
    String database;

    @Override
    public Integer call() {
        if (!ServerSetup.validName(database)) {
            err().println("A library's database name is lower-case letters, digits and underscores (at most 51, not starting"
                    + " with a digit or pg_, not a word SQL reserves), not '" + database + "'.");
            return 1;
        }
        String sql = ServerSetup.script(database);
        if (json()) {
            ObjectNode node = JsonShapes.MAPPER.createObjectNode().put("database", database)
                    .put("editors", ServerSetup.editors(database)).put("readers", ServerSetup.readers(database)).put("sql", sql);
            printJson(node);
        } else {
            out().print(sql);
            out().flush();
        }
        return 0;
    }
}
