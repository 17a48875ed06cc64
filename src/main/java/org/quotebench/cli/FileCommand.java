package org.quotebench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.quotebench.export.JsonShapes;
import org.quotebench.store.WorkspaceLocation;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command about one workspace file: finds it from -w (here or on a command above), prints text or JSON. */
abstract class FileCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Spec
    CommandSpec spec;
    /**
     * The workspace named on this command or on a command above it ({@code quote -w F list}), else the
     * default: a file's path or a server library's address ({@link org.quotebench.store.WorkspaceAddress}).
     */
    String workspaceLocation() {
        return givenOptions().stream().map(o -> o.workspace).filter(java.util.Objects::nonNull).findFirst()
                .orElseGet(() -> WorkspaceLocation.defaultWorkspace().toString());
    }

    /** The workspace file, for what only a file has (backups, restore, the integrity check); a server address is refused. */
    Path workspacePath() {
        String location = workspaceLocation();
        if (org.quotebench.store.WorkspaceAddress.isServer(location)) {
            throw new org.quotebench.core.QuotebenchException("'" + spec.name() + "' works on a workspace file; a library on a server is"
                    + " backed up and checked by its server (pg_dump, its administrator), not by Quotebench.");
        }
        return Path.of(location);
    }

    boolean json() {
        return givenOptions().stream().anyMatch(o -> o.json);
    }

    /** The common options of this command and every command above it, nearest first. */
    private java.util.List<CommonOptions> givenOptions() {
        java.util.List<CommonOptions> found = new java.util.ArrayList<>();
        for (CommandSpec command = spec; command != null; command = command.parent()) {
            for (CommandSpec mixin : command.mixins().values()) {
                if (mixin.userObject() instanceof CommonOptions common) {
                    found.add(common);
                }
            }
        }
        return found;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    void printJson(JsonNode node) {
        try {
            out().println(JsonShapes.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serialises", e);
        }
        out().flush();
    }
}
