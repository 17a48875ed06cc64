package org.quotebench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quotebench.core.Plural;
import org.quotebench.core.Speaker;
import org.quotebench.core.SpeakerDraft;
import org.quotebench.core.SpeakerKind;
import org.quotebench.core.WikidataId;
import org.quotebench.export.JsonShapes;
import org.quotebench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quotebench speaker …}: add, list, change, alias, merge and delete speakers. */
@Command(name = "speaker", description = "Add, list, change, alias, merge or delete speakers.", synopsisSubcommandLabel = "COMMAND",
        subcommands = {SpeakerCommand.Add.class, SpeakerCommand.ListAll.class, SpeakerEditCommand.class, SpeakerCommand.Alias.class,
                SpeakerCommand.Merge.class, SpeakerCommand.Delete.class})
final class SpeakerCommand {
    @Mixin
    CommonOptions options;

    /** Prints one speaker as JSON or a line. */
    abstract static class SpeakerOutput extends WorkspaceCommand {
        int print(Workspace workspace, Speaker speaker, String done) {
            if (json()) {
                printJson(shapes(workspace).speaker(speaker));
            } else {
                out().println(done + " " + describe(speaker));
            }
            return 0;
        }

        static String describe(Speaker s) {
            StringBuilder line = new StringBuilder(s.id() + "  " + s.name() + " (" + s.kind().code());
            s.role().ifPresent(r -> line.append(", ").append(r));
            s.affiliation().ifPresent(a -> line.append(", ").append(a));
            s.wikidata().ifPresent(q -> line.append(", ").append(q.value()));
            line.append(')');
            if (!s.aliases().isEmpty()) {
                line.append(" also: ").append(String.join(", ", s.aliases()));
            }
            return line.toString();
        }
    }

    @Command(name = "add", description = "Add a speaker.")
    static final class Add extends SpeakerOutput {
        @Parameters(paramLabel = "NAME", description = "The speaker's name as it is usually written in full.")
        String name;

        @Option(names = "--kind", paramLabel = "K", defaultValue = "person",
                description = "person, organisation, group or unnamed (default: ${DEFAULT-VALUE}).")
        String kind;

        @Option(names = "--role", paramLabel = "R", description = "e.g. \"Kremlin spokesman\".")
        String role;

        @Option(names = "--affiliation", paramLabel = "A", description = "e.g. a party or a ministry.")
        String affiliation;

        @Option(names = "--description", paramLabel = "TEXT", description = "Anything else worth knowing.")
        String description;

        @Option(names = "--wikidata", paramLabel = "Q", description = "The Wikidata id, e.g. Q42.")
        String wikidata;

        @Option(names = "--alias", paramLabel = "ALIAS", description = "Another name for the speaker (repeatable).")
        List<String> aliases = new ArrayList<>();

        @Override
        int run(Workspace workspace) {
            SpeakerDraft draft = new SpeakerDraft(name, SpeakerKind.parse(kind), Optional.ofNullable(role),
                    Optional.ofNullable(affiliation), Optional.ofNullable(description),
                    Optional.ofNullable(wikidata).map(WikidataId::new), aliases);
            return print(workspace, workspace.speakers().add(draft), "Added speaker");
        }
    }

    @Command(name = "list", description = "List speakers.")
    static final class ListAll extends WorkspaceCommand {
        @Override
        int run(Workspace workspace) {
            List<Speaker> speakers = workspace.speakers().list();
            java.util.Map<Long, Integer> counts = workspace.speakers().quoteCounts();
            if (json()) {
                JsonShapes shapes = shapes(workspace);
                printJson(shapes.array(speakers, s -> shapes.speaker(s).put("quotes", counts.getOrDefault(s.id(), 0))));
            } else if (speakers.isEmpty()) {
                out().println("No speakers yet.");
            } else {
                speakers.forEach(s -> out().println(SpeakerOutput.describe(s) + "  " + Plural.of(counts.getOrDefault(s.id(), 0), "quote")));
            }
            return 0;
        }
    }

    @Command(name = "alias", description = "Give a speaker another name (found by 'quote add --speaker' too).")
    static final class Alias extends SpeakerOutput {
        @Parameters(index = "0", paramLabel = "ID", description = "The speaker (id, name or alias).")
        String speaker;

        @Parameters(index = "1", paramLabel = "ALIAS", description = "The other name.")
        String alias;

        @Override
        int run(Workspace workspace) {
            long id = Ids.existingSpeaker(workspace, speaker).id();
            return print(workspace, workspace.speakers().addAlias(id, alias), "Speaker");
        }
    }

    @Command(name = "merge", description = {"Merge OTHER into KEEP: OTHER's quotes and aliases move to KEEP,",
            "OTHER's name becomes an alias, and OTHER is removed."})
    static final class Merge extends SpeakerOutput {
        @Parameters(index = "0", paramLabel = "KEEP", description = "The speaker to keep (id, name or alias).")
        String keep;

        @Parameters(index = "1", paramLabel = "OTHER", description = "The speaker to merge into it.")
        String other;

        @Override
        int run(Workspace workspace) {
            long keepId = Ids.existingSpeaker(workspace, keep).id();
            long otherId = Ids.existingSpeaker(workspace, other).id();
            return print(workspace, workspace.speakers().merge(keepId, otherId), "Merged into");
        }
    }

    @Command(name = "delete", description = {"Delete a speaker. One with quotes is deleted only with --force;",
            "its quotes keep their text but lose their speaker."})
    static final class Delete extends WorkspaceCommand {
        @Parameters(paramLabel = "ID", description = "The speaker (id, name or alias).")
        String speaker;

        @Option(names = "--force", description = "Delete even when quotes are attributed to the speaker.")
        boolean force;

        @Override
        int run(Workspace workspace) {
            Speaker found = Ids.existingSpeaker(workspace, speaker);
            int quotes = workspace.speakers().quoteCounts().getOrDefault(found.id(), 0);
            if (quotes > 0 && !force) {
                throw new org.quotebench.core.QuotebenchException("Speaker " + found.id() + " (" + found.name() + ") has "
                        + Plural.of(quotes, "quote") + "; deleting it leaves them without a speaker. Add --force to delete it anyway, "
                        + "or merge it into another speaker with 'speaker merge'.");
            }
            int lost = workspace.speakers().delete(found.id());
            if (json()) {
                printJson(JsonShapes.MAPPER.createObjectNode().put("deleted", found.id()).put("quotes_without_speaker", lost));
            } else {
                out().println("Deleted speaker " + found.id() + " (" + found.name() + ")"
                        + (lost > 0 ? "; " + Plural.of(lost, "quote") + " now without a speaker." : "."));
            }
            return 0;
        }
    }
}
