package org.quotebench.compare;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.quotebench.core.CsvCells;

/**
 * A comparison as a fact-check write-up: a self-contained HTML page (readable, printable, no scripts,
 * styles inline in the page) and a CSV with one row per version. Pure text in, text out.
 */
public final class Report {
    private Report() {
    }

    public static String html(String title, List<Statement> statements) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(escape(title))
                .append("</title>\n<style>\n")
                .append("body{font:16px/1.5 Georgia,serif;max-width:50em;margin:2em auto;padding:0 1em;color:#222}\n")
                .append("h1{font-size:1.5em}h2{font-size:1.1em;margin:1.6em 0 .4em}.flags{font:13px sans-serif;color:#555}\n")
                .append(".version{margin:.5em 0 .8em 1em}.source{font:13px sans-serif;color:#555}\n")
                .append("ins{color:#1b7a3a;font-weight:bold;text-decoration:underline}del{color:#9a3b3b}\n")
                .append("mark{background:none;color:#b35c00;font-weight:bold}\n")
                .append("@media print{body{margin:0}h2{break-after:avoid}}\n</style></head><body>\n");
        out.append("<h1>").append(escape(title)).append("</h1>\n");
        out.append("<p class=\"flags\">").append(statements.size()).append(" statements from ")
                .append(statements.stream().mapToInt(s -> s.versions().size()).sum())
                .append(" quotes. <ins>Underlined</ins>: words a version adds; <del>struck through</del>: words it leaves out; "
                        + "<mark>orange</mark>: words it changes, compared with the reference.</p>\n");
        int n = 0;
        for (Statement s : statements) {
            out.append("<h2>").append(++n).append(". ").append(escape(s.speaker().orElse("No speaker"))).append("</h2>\n");
            if (!s.flags().isEmpty()) {
                out.append("<p class=\"flags\">").append(s.flags().stream().map(f -> "<b>" + f.code() + "</b>: " + escape(f.explanation()))
                        .collect(Collectors.joining("<br>"))).append("</p>\n");
            }
            for (Statement.Version v : s.versions()) {
                Rendering r = v.rendering();
                out.append("<div class=\"version\"><div class=\"source\">").append(escape(source(r, s))).append("</div><div>")
                        .append(marked(v, s.reference().text())).append("</div></div>\n");
            }
        }
        return out.append("</body></html>\n").toString();
    }

    /** One row per version, text cells that start like a formula neutralised (see {@link CsvCells}). */
    public static String csv(List<Statement> statements) {
        return csv(statements, CsvCells.NEUTRALISED);
    }

    /** One row per version: statement number, speaker, flags, outlet, date, kind, credited speaker, reference, text, differences. */
    public static String csv(List<Statement> statements, CsvCells csv) {
        StringBuilder out = new StringBuilder("\uFEFF").append(CsvCells.row(List.of("statement", "speaker", "flags", "outlet",
                "published_on", "kind", "credited_to", "reference", "quote_id", "article_id", "text", "differences")));
        int n = 0;
        for (Statement s : statements) {
            n++;
            for (Statement.Version v : s.versions()) {
                Rendering r = v.rendering();
                out.append(CsvCells.row(List.of(CsvCells.number(n), csv.text(s.speaker().orElse("")),
                        csv.text(s.flags().stream().map(Flag::code).collect(Collectors.joining(" "))), csv.text(r.outlet().orElse("")),
                        csv.text(r.date().orElse("")), csv.text(r.kind().code()), csv.text(r.speaker().orElse("")),
                        r.quoteId() == s.reference().quoteId() ? "yes" : "no", CsvCells.number(r.quoteId()),
                        CsvCells.number(r.articleId()), csv.text(r.text()), csv.text(differences(v, s.reference().text())))));
            }
        }
        return out.toString();
    }

    private static String source(Rendering r, Statement s) {
        return r.source() + " · " + r.kind().code() + " · "
                + r.speaker().map(name -> "credited to " + name).orElse("no speaker") + (r.quoteId() == s.reference().quoteId()
                ? " · reference" : "");
    }

    private static String marked(Statement.Version v, String reference) {
        String text = v.rendering().text();
        StringBuilder out = new StringBuilder();
        for (WordDiff.Step step : v.diff()) {
            if (out.length() > 0) {
                out.append(' ');
            }
            String mine = escape(Words.stretch(text, step.other()));
            String theirs = escape(Words.stretch(reference, step.reference()));
            out.append(switch (step.op()) {
                case KEPT -> mine;
                case ADDED -> "<ins>" + mine + "</ins>";
                case DROPPED -> "<del>" + theirs + "</del>";
                case CHANGED -> "<del>" + theirs + "</del> <mark>" + mine + "</mark>";
            });
        }
        return out.toString();
    }

    private static String differences(Statement.Version v, String reference) {
        String text = v.rendering().text();
        return v.diff().stream().filter(step -> step.op() != WordDiff.Op.KEPT).map(step -> step.op().name().toLowerCase(Locale.ROOT) + ": "
                + switch (step.op()) {
                    case ADDED -> Words.stretch(text, step.other());
                    case DROPPED -> Words.stretch(reference, step.reference());
                    default -> Words.stretch(reference, step.reference()) + " → " + Words.stretch(text, step.other());
                }).collect(Collectors.joining("; "));
    }


    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
