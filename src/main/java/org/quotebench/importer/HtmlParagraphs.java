package org.quotebench.importer;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an element as plain text: each block (paragraph, heading, list item, quotation, ...) becomes a
 * paragraph, paragraphs are separated by one blank line, HTML whitespace inside a paragraph collapses to
 * one space, {@code <br>} becomes a line break and {@code <pre>} keeps its spacing.
 */
final class HtmlParagraphs implements NodeVisitor {
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
            "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hgroup", "hr", "legend", "li", "main", "menu", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul");
    private static final Set<String> CELLS = Set.of("td", "th");

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder paragraph = new StringBuilder();
    private boolean pendingSpace;
    private int preDepth;

    private HtmlParagraphs() {
    }

    static String render(Element root) {
        HtmlParagraphs renderer = new HtmlParagraphs();
        // NodeTraversor walks without recursion, so deeply nested pages cannot overflow the stack.
        NodeTraversor.traverse(renderer, root);
        renderer.endParagraph();
        return renderer.text.toString();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
            if (preDepth > 0) {
                paragraph.append(textNode.getWholeText());
            } else {
                appendCollapsed(textNode.getWholeText());
            }
        } else if (node instanceof Element element) {
            String tag = element.normalName();
            if (tag.equals("br")) {
                trimTrailingSpaces();
                paragraph.append('\n');
                pendingSpace = false;
            } else if (BLOCKS.contains(tag)) {
                endParagraph();
                if (tag.equals("pre")) {
                    preDepth++;
                }
            } else if (CELLS.contains(tag) && paragraph.length() > 0) {
                pendingSpace = true;
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
            endParagraph();
            if (element.normalName().equals("pre")) {
                preDepth--;
            }
        }
    }

    private void appendCollapsed(String raw) {
        int n = raw.length();
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (isHtmlWhitespace(c)) {
                pendingSpace = true;
            } else {
                if (pendingSpace && paragraph.length() > 0 && paragraph.charAt(paragraph.length() - 1) != '\n') {
                    paragraph.append(' ');
                }
                pendingSpace = false;
                paragraph.append(c);
            }
        }
    }

    private void trimTrailingSpaces() {
        int end = paragraph.length();
        while (end > 0 && paragraph.charAt(end - 1) == ' ') {
            end--;
        }
        paragraph.setLength(end);
    }

    private void endParagraph() {
        pendingSpace = false;
        int start = 0;
        int end = paragraph.length();
        while (start < end && isHtmlWhitespace(paragraph.charAt(start)) && (preDepth == 0 || paragraph.charAt(start) == '\n')) {
            start++;
        }
        while (end > start && isHtmlWhitespace(paragraph.charAt(end - 1))) {
            end--;
        }
        if (hasVisibleText(start, end)) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(paragraph, start, end);
        }
        paragraph.setLength(0);
    }

    /** A paragraph of no-break spaces is a spacer, not text. */
    private boolean hasVisibleText(int start, int end) {
        for (int i = start; i < end; i++) {
            char c = paragraph.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHtmlWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
}
