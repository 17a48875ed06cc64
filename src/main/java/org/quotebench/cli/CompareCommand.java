package org.quotebench.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.quotebench.compare.Flag;
import org.quotebench.compare.Rendering;
import org.quotebench.compare.Statement;
import org.quotebench.compare.Statements;
import org.quotebench.compare.WordDiff;
import org.quotebench.compare.Words;
import org.quotebench.export.ExportSelection;
import org.quotebench.export.ExportedArticle;
import org.quotebench.export.JsonShapes;
import org.quotebench.store.Workspace;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code quotebench compare (--event NAME | --speaker NAME | --article ID...)}: the quotes of those
 * articles (accepted and suggested) gathered into statements across outlets, with their versions,
 * word differences and flags.
 */
@Command(name = "compare", description = {"Gather the quotes of an event's, a speaker's or some articles into statements: the",
        "renderings of one utterance across outlets, with word-level differences and flags (wording differs, words added",
        "inside the marks, different speakers, direct vs paraphrase, one outlet)."})
final class CompareCommand extends WorkspaceCommand {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Scope scope;

    static final class Scope {
        @Option(names = "--event", paramLabel = "NAME", description = "The articles covering this event.")
        String event;

        @Option(names = "--speaker", paramLabel = "NAME", description = "This speaker's quotes, across the library.")
        String speaker;

        @Option(names = "--article", paramLabel = "ID", arity = "1..*", description = "These articles.")
        List<String> articles;
    }

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the comparison as a self-contained HTML page.")
    java.nio.file.Path html;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write it as CSV, one row per version.")
    java.nio.file.Path csv;

    @Option(names = "--several-outlets", description = "Only statements quoted by more than one outlet.")
    boolean severalOutlets;

    @Option(names = "--force", description = "Replace an existing report file (a workspace or other SQLite file is never replaced).")
    boolean force;

    @Mixin
    RawCsvOption csvCells;

    @Override
    int run(Workspace workspace) {
        for (java.nio.file.Path report : java.util.Arrays.asList(html, csv)) {
            if (report != null) {
                org.quotebench.export.ExportTarget.checkFile(report, workspace.localFile().orElse(null), force);
            }
        }
        List<Long> ids = new ArrayList<>();
        if (scope.articles != null) {
            scope.articles.forEach(id -> ids.add(Ids.parse(id, "an article")));
        }
        List<ExportedArticle> chosen = new ExportSelection(ids, Optional.empty(), Optional.ofNullable(scope.speaker),
                Optional.ofNullable(scope.event), Optional.empty(), Optional.empty()).read(workspace);
        List<Rendering> renderings = chosen.stream().flatMap(a -> Rendering.of(a.article().info(), a.quotes()).stream()).toList();
        List<Statement> statements = Statements.group(renderings).stream()
                .filter(st -> !severalOutlets || !st.flags().contains(org.quotebench.compare.Flag.ONE_OUTLET)).toList();
        String title = scope.event != null ? scope.event : scope.speaker != null ? scope.speaker : "Articles " + String.join(", ", scope.articles);
        write(html, () -> org.quotebench.compare.Report.html("Compare: " + title, statements));
        write(csv, () -> org.quotebench.compare.Report.csv(statements, csvCells.cells()));
        if (json()) {
            ObjectNode node = JsonShapes.MAPPER.createObjectNode();
            ArrayNode list = node.putArray("statements");
            for (Statement s : statements) {
                ObjectNode statement = list.addObject();
                if (s.speaker().isPresent()) {
                    statement.put("speaker", s.speaker().get());
                } else {
                    statement.putNull("speaker");
                }
                ArrayNode versions = statement.putArray("versions");
                for (Statement.Version v : s.versions()) {
                    Rendering r = v.rendering();
                    ObjectNode version = versions.addObject();
                    version.put("quote_id", r.quoteId());
                    version.put("article_id", r.articleId());
                    r.outlet().ifPresentOrElse(o -> version.put("outlet", o), () -> version.putNull("outlet"));
                    r.date().ifPresentOrElse(d -> version.put("published_on", d), () -> version.putNull("published_on"));
                    r.title().ifPresentOrElse(t -> version.put("title", t), () -> version.putNull("title"));
                    version.put("source", r.source());
                    version.put("kind", r.kind().code());
                    r.speaker().ifPresentOrElse(sp -> version.put("speaker", sp), () -> version.putNull("speaker"));
                    version.put("text", r.text());
                    version.put("reference", r.quoteId() == s.reference().quoteId());
                    ArrayNode diff = version.putArray("diff");
                    for (WordDiff.Step step : v.diff()) {
                        ObjectNode d = diff.addObject();
                        d.put("op", step.op().name().toLowerCase(java.util.Locale.ROOT));
                        d.put("reference", Words.stretch(s.reference().text(), step.reference()));
                        d.put("text", Words.stretch(r.text(), step.other()));
                    }
                }
                ArrayNode flags = statement.putArray("flags");
                s.flags().forEach(f -> flags.add(f.code()));
            }
            printJson(node);
            return 0;
        }
        out().println(statements.size() + " statements from " + renderings.size() + " quotes in " + chosen.size() + " articles.");
        for (Statement s : statements) {
            out().println();
            out().println(s.speaker().orElse("(no speaker)") + (s.flags().isEmpty() ? "" : "  [" + s.flags().stream().map(Flag::code)
                    .collect(Collectors.joining(", ")) + "]"));
            for (Statement.Version v : s.versions()) {
                Rendering r = v.rendering();
                out().println("  " + r.source() + ", " + r.kind().code()
                        + (r.speaker().equals(s.speaker()) ? "" : ", credited to " + r.speaker().orElse("nobody")) + ": " + marked(v));
            }
        }
        return 0;
    }

    private static void write(java.nio.file.Path file, java.util.function.Supplier<String> content) {
        if (file != null) {
            org.quotebench.export.Exports.writeText(file, content.get());
        }
    }


    /** The version with its differences from the reference marked: [+added+], [-dropped-], [~old → new~]. */
    private static String marked(Statement.Version v) {
        StringBuilder out = new StringBuilder();
        String text = v.rendering().text();
        for (WordDiff.Step step : v.diff()) {
            String mine = Words.stretch(text, step.other());
            String ref = step.reference().stream().map(Words.Word::norm).collect(Collectors.joining(" "));
            out.append(switch (step.op()) {
                case KEPT -> mine;
                case ADDED -> "[+" + mine + "+]";
                case DROPPED -> "[-" + ref + "-]";
                case CHANGED -> "[~" + ref + " → " + mine + "~]";
            }).append(' ');
        }
        return out.toString().strip();
    }

}
