package org.quotebench.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quotebench.export.JsonShapes;
import org.quotebench.store.ImportOutcome;

/** What an import did, for the summary line and the JSON. */
final class ImportSummary {
    private final List<ImportOutcome.Imported> imported = new ArrayList<>();
    private final List<String[]> duplicates = new ArrayList<>();
    private final List<String[]> rejected = new ArrayList<>();
    private int suggested = -1;

    void suggested(int count) {
        suggested = count;
    }

    List<Long> importedIds() {
        return imported.stream().map(i -> i.article().id()).toList();
    }

    void add(String file, ImportOutcome outcome) {
        if (outcome instanceof ImportOutcome.Imported done) {
            imported.add(done);
        } else if (outcome instanceof ImportOutcome.Duplicate duplicate) {
            duplicates.add(new String[] {file, Long.toString(duplicate.existingArticleId())});
        }
    }

    void rejected(String file, String reason) {
        rejected.add(new String[] {file, reason});
    }

    boolean hasRejected() {
        return !rejected.isEmpty();
    }

    /** One line per refused file, even when its name holds a line break. */
    List<String> refusals() {
        return rejected.stream().map(r -> printable(r[0]) + ": " + r[1]).toList();
    }

    private static String printable(String name) {
        StringBuilder shown = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\x%02x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    String describe(String workspace) {
        StringBuilder line = new StringBuilder("Imported " + org.quotebench.core.Plural.of(imported.size(), "article") + " into " + workspace);
        line.append("; ").append(org.quotebench.core.Plural.of(duplicates.size(), "duplicate")).append(" skipped");
        line.append("; ").append(org.quotebench.core.Plural.of(rejected.size(), "file")).append(" refused.");
        if (suggested >= 0) {
            line.append(" The quote finder suggested ").append(org.quotebench.core.Plural.of(suggested, "quote")).append('.');
        }
        for (ImportOutcome.Imported done : imported) {
            org.quotebench.core.ArticleInfo article = done.article();
            if (article.versions().version() > 1) {
                line.append("\n  changed: article ").append(article.id()).append(" is version ").append(article.versions().version())
                        .append(" of ").append(printable(article.metadata().url().orElse(article.sourceName())));
            }
        }
        for (String[] duplicate : duplicates) {
            line.append("\n  duplicate: ").append(printable(duplicate[0])).append(" (same text as article ").append(duplicate[1]).append(')');
        }
        return line.toString();
    }

    ObjectNode toJson(JsonShapes shapes) {
        ObjectNode node = JsonShapes.MAPPER.createObjectNode();
        ArrayNode done = node.putArray("imported");
        imported.forEach(outcome -> done.add(shapes.article(outcome.article())));
        ArrayNode dup = node.putArray("duplicates");
        duplicates.forEach(d -> dup.addObject().put("file", d[0]).put("article_id", Long.parseLong(d[1])));
        ArrayNode refused = node.putArray("rejected");
        rejected.forEach(r -> refused.addObject().put("file", r[0]).put("reason", r[1]));
        if (suggested >= 0) {
            node.put("suggested", suggested);
        }
        return node;
    }

}
