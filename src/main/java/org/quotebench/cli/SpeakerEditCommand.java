package org.quotebench.cli;

import java.util.List;
import java.util.Optional;
import org.quotebench.core.Speaker;
import org.quotebench.core.SpeakerDraft;
import org.quotebench.core.SpeakerKind;
import org.quotebench.core.WikidataId;
import org.quotebench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quotebench speaker edit ID …}: changes only the fields given; an empty value clears a field. */
@Command(name = "edit", description = {"Change a speaker: only the options given change; an empty value (\"\") clears",
        "role, affiliation, description or Wikidata id. --alias replaces all aliases."})
final class SpeakerEditCommand extends SpeakerCommand.SpeakerOutput {
    @Parameters(paramLabel = "ID", description = "The speaker (id, name or alias).")
    String speaker;

    @Option(names = "--name", paramLabel = "NAME", description = "The new name.")
    String name;

    @Option(names = "--kind", paramLabel = "K", description = "person, organisation, group or unnamed.")
    String kind;

    @Option(names = "--role", paramLabel = "R", description = "e.g. \"Kremlin spokesman\".")
    String role;

    @Option(names = "--affiliation", paramLabel = "A", description = "e.g. a party or a ministry.")
    String affiliation;

    @Option(names = "--description", paramLabel = "TEXT", description = "Anything else worth knowing.")
    String description;

    @Option(names = "--wikidata", paramLabel = "Q", description = "The Wikidata id, e.g. Q42.")
    String wikidata;

    @Option(names = "--alias", paramLabel = "ALIAS", description = "The speaker's other names (repeatable; replaces them all).")
    List<String> aliases;

    @Override
    int run(Workspace workspace) {
        Speaker s = Ids.existingSpeaker(workspace, speaker);
        SpeakerDraft draft = new SpeakerDraft(name == null ? s.name() : name, kind == null ? s.kind() : SpeakerKind.parse(kind),
                field(role, s.role()), field(affiliation, s.affiliation()), field(description, s.description()),
                wikidata == null ? s.wikidata() : field(wikidata, Optional.empty()).map(WikidataId::new),
                aliases == null ? s.aliases() : aliases);
        return print(workspace, workspace.speakers().update(s.id(), draft), "Changed speaker");
    }

    /** The given value (empty clears it), or the current one when the option was not given. */
    static Optional<String> field(String given, Optional<String> current) {
        if (given == null) {
            return current;
        }
        return given.isBlank() ? Optional.empty() : Optional.of(given.strip());
    }
}
