package org.quotebench.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quotebench.compare.Agreement;
import org.quotebench.compare.Annotation;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.Quote;
import org.quotebench.core.QuotebenchException;
import org.quotebench.core.Span;
import org.quotebench.export.JsonShapes;
import org.quotebench.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code quotebench agree A.qb B.qb} or {@code quotebench agree --annotators X Y}: how far two
 * annotators agree on the same articles (span F1 exact and overlapping, same speaker, kappa on kind
 * and verdict), per article and overall. Rejected suggestions do not count.
 */
@Command(name = "agree", description = {"How far two annotators agree: two workspaces annotating the same articles (matched by",
        "their text), or two annotators in one workspace (--annotators X Y). Span F1 exact and overlapping, same speaker,",
        "Cohen's kappa on kind and verdict; per article and overall."})
final class AgreeCommand extends WorkspaceCommand {
    @Parameters(paramLabel = "WORKSPACE", arity = "0..2", description = "Two workspaces, A and B (files, or shared libraries: "
            + "postgresql://USER@HOST/DATABASE).")
    List<String> workspaces = new ArrayList<>();

    @Option(names = "--annotators", arity = "2..*", paramLabel = "NAME", description = "Two or more annotators in the workspace (-w); "
            + "more than two are compared pairwise.")
    List<String> annotators;

    /** One article both annotated: its id and title in A, and the two sets of quotes. */
    private record Compared(long articleId, String title, Agreement.Pair pair) {
    }

    @Override
    public Integer call() {
        if (workspaces.size() == 2 && annotators == null) {
            try (Workspace a = Workspace.open(workspaces.get(0)); Workspace b = Workspace.open(workspaces.get(1))) {
                report(acrossWorkspaces(a, b), named(workspaces.get(0)) + " and " + named(workspaces.get(1)));
                return 0;
            }
        }
        if (!workspaces.isEmpty() || annotators == null) {
            throw new QuotebenchException("Give two workspaces (agree A.qb B.qb) or two annotators (agree --annotators X Y -w FILE).");
        }
        return super.call();
    }

    /** A file by its name, a shared library by its address. */
    private static String named(String location) {
        return org.quotebench.store.WorkspaceAddress.isServer(location) ? location : String.valueOf(Path.of(location).getFileName());
    }

    @Override
    int run(Workspace workspace) {
        if (annotators.size() == 2) {
            report(betweenAnnotators(workspace, annotators.get(0), annotators.get(1)), annotators.get(0) + " and " + annotators.get(1));
            return 0;
        }
        pairwise(workspace);
        return 0;
    }

    /** Every pair of the annotators: one line (or one JSON object) each, with the pooled figures of that pair. */
    private void pairwise(Workspace workspace) {
        ArrayNode pairs = JsonShapes.MAPPER.createArrayNode();
        if (!json()) {
            out().println(String.format(Locale.ROOT, "%-12s %-12s %8s %9s %9s %8s %6s", "A", "B", "ARTICLES", "F1 EXACT", "F1 OVERL",
                    "SPEAKER", "KIND"));
        }
        for (int i = 0; i < annotators.size(); i++) {
            for (int j = i + 1; j < annotators.size(); j++) {
                String x = annotators.get(i);
                String y = annotators.get(j);
                List<Compared> compared;
                try {
                    compared = betweenAnnotators(workspace, x, y);
                } catch (QuotebenchException none) {
                    compared = List.of();
                }
                Agreement.Figures fig = Agreement.of(compared.stream().map(Compared::pair).toList());
                if (json()) {
                    ObjectNode pair = pairs.addObject();
                    pair.put("annotator_a", x);
                    pair.put("annotator_b", y);
                    pair.put("articles", compared.size());
                    put(pair, fig);
                } else {
                    out().println(String.format(Locale.ROOT, "%-12s %-12s %8d %9s %9s %8s %6s", x, y, compared.size(), f(fig.spanF1Exact()),
                            f(fig.spanF1Overlap()), f(fig.speakerAgreement()), f(fig.kappaKind())));
                }
            }
        }
        if (json()) {
            ObjectNode node = JsonShapes.MAPPER.createObjectNode();
            node.set("pairs", pairs);
            printJson(node);
        }
    }

    private static List<Compared> acrossWorkspaces(Workspace a, Workspace b) {
        Map<String, ArticleInfo> inB = b.articles().list().stream().collect(Collectors.toMap(ArticleInfo::textSha256,
                Function.identity(), (x, y) -> x));
        List<Compared> compared = new ArrayList<>();
        for (ArticleInfo info : a.articles().list()) {
            ArticleInfo other = inB.get(info.textSha256());
            if (other != null) {
                String text = a.articles().get(info.id()).text();
                compared.add(new Compared(info.id(), title(info), new Agreement.Pair(Annotation.of(a.quotes().ofArticle(info.id()), text),
                        Annotation.of(b.quotes().ofArticle(other.id()), text))));
            }
        }
        compared.sort(java.util.Comparator.comparingLong(Compared::articleId));
        return compared;
    }

    private static List<Compared> betweenAnnotators(Workspace workspace, String x, String y) {
        List<Compared> compared = new ArrayList<>();
        for (ArticleInfo info : workspace.articles().list()) {
            List<Quote> quotes = workspace.quotes().ofArticle(info.id());
            List<Quote> byX = quotes.stream().filter(q -> q.annotator().map(x::equalsIgnoreCase).orElse(false)).toList();
            List<Quote> byY = quotes.stream().filter(q -> q.annotator().map(y::equalsIgnoreCase).orElse(false)).toList();
            if (!byX.isEmpty() && !byY.isEmpty()) {
                String text = workspace.articles().get(info.id()).text();
                compared.add(new Compared(info.id(), title(info), new Agreement.Pair(Annotation.of(byX, text), Annotation.of(byY, text))));
            }
        }
        compared.sort(java.util.Comparator.comparingLong(Compared::articleId));
        if (compared.isEmpty()) {
            throw new QuotebenchException("No article has quotes by both '" + x + "' and '" + y + "'.");
        }
        return compared;
    }

    private static String title(ArticleInfo info) {
        return info.metadata().title().orElse(info.sourceName());
    }

    private void report(List<Compared> compared, String who) {
        Agreement.Figures all = Agreement.of(compared.stream().map(Compared::pair).toList());
        if (json()) {
            ObjectNode node = JsonShapes.MAPPER.createObjectNode();
            node.put("articles", compared.size());
            put(node, all);
            ArrayNode per = node.putArray("per_article");
            for (Compared c : compared) {
                ObjectNode row = per.addObject();
                row.put("article_id", c.articleId());
                row.put("title", c.title());
                put(row, Agreement.of(c.pair()));
            }
            printJson(node);
            return;
        }
        out().println("Agreement between " + who + " over " + compared.size() + " articles (" + all.a() + " and " + all.b() + " quotes):");
        out().println("span F1 exact " + f(all.spanF1Exact()) + " · overlapping " + f(all.spanF1Overlap()) + " · same speaker "
                + f(all.speakerAgreement()) + " · kappa kind " + f(all.kappaKind()) + " · kappa verdict " + f(all.kappaVerdict()));
        out().println();
        out().println(String.format(Locale.ROOT, "%-4s %-40s %4s %4s %9s %9s %8s %6s", "ID", "TITLE", "A", "B", "F1 EXACT", "F1 OVERL",
                "SPEAKER", "KIND"));
        for (Compared c : compared) {
            Agreement.Figures fig = Agreement.of(c.pair());
            String title = c.title().length() > 40 ? c.title().substring(0, 39) + "…" : c.title();
            out().println(String.format(Locale.ROOT, "%-4d %-40s %4d %4d %9s %9s %8s %6s", c.articleId(), title, fig.a(), fig.b(),
                    f(fig.spanF1Exact()), f(fig.spanF1Overlap()), f(fig.speakerAgreement()), f(fig.kappaKind())));
        }
    }

    private static void put(ObjectNode node, Agreement.Figures fig) {
        node.put("a", fig.a());
        node.put("b", fig.b());
        number(node, "span_f1_exact", fig.spanF1Exact());
        number(node, "span_f1_overlap", fig.spanF1Overlap());
        number(node, "speaker_agreement", fig.speakerAgreement());
        number(node, "kappa_kind", fig.kappaKind());
        number(node, "kappa_verdict", fig.kappaVerdict());
    }

    private static void number(ObjectNode node, String field, double value) {
        if (Double.isNaN(value)) {
            node.putNull(field);
        } else {
            node.put(field, Math.round(value * 10_000) / 10_000.0);
        }
    }

    private static String f(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }
}
