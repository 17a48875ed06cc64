package org.quotebench.importer;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An XML document that is not HTML or XHTML (a feed, a TEI or other XML file), recognised by how it
 * starts: an XML declaration, or a root element with a namespace, a known XML root (rss, feed) or an
 * .xml-like name, and in every case a root that is not {@code html}, not in the XHTML namespace and
 * not after {@code <!DOCTYPE html>}. A text that merely starts with an HTML tag such as {@code <b>} is
 * not XML.
 */
final class XmlDocument {
    private static final String SAVE_TEXT = "not an article; save the article as plain text (.txt) or a web page (.html)";
    private static final String FEED = "not an article; save each article it links to as a web page (.html) and import those";
    private static final Set<String> XML_EXTENSIONS = Set.of("xml", "rss", "atom", "rdf", "svg", "xsd", "xsl", "xslt", "kml",
            "gpx", "opml", "xlf", "xliff", "tei");
    /** How far into a file its root element is looked for (declarations, comments and a doctype come first). */
    private static final int LOOK_AHEAD = 16 * 1024;

    private XmlDocument() {
    }

    /** The reason to refuse a decoded text that is an XML document other than HTML. */
    static Optional<String> reason(String extension, String text) {
        String head = text.substring(0, Math.min(text.length(), LOOK_AHEAD));
        int at = skipSpace(head, 0);
        boolean declared = head.startsWith("<?xml", at);
        while (head.startsWith("<!", at) || head.startsWith("<?", at)) {
            if (head.regionMatches(true, at, "<!doctype html", 0, 14)) {
                return Optional.empty();
            }
            int end = head.startsWith("<!--", at) ? after(head, at, "-->") : head.startsWith("<?", at) ? after(head, at, "?>")
                    : doctypeEnd(head, at);
            if (end < 0) {
                return Optional.empty();
            }
            at = skipSpace(head, end);
        }
        int close = head.indexOf('>', at);
        if (!head.startsWith("<", at) || close < 0) {
            return Optional.empty();
        }
        String tag = head.substring(at + 1, close);
        String name = tag.split("[\\s/]", 2)[0];
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            return Optional.empty();
        }
        String local = name.substring(name.indexOf(':') + 1).toLowerCase(Locale.ROOT);
        if (local.equals("html") || tag.contains("http://www.w3.org/1999/xhtml")) {
            return Optional.empty();
        }
        boolean xml = declared || name.contains(":") || tag.contains("xmlns") || local.equals("rss") || local.equals("feed")
                || XML_EXTENSIONS.contains(extension);
        if (!xml) {
            return Optional.empty();
        }
        return Optional.of(switch (local) {
            case "rss" -> "an RSS feed (XML), " + FEED;
            case "feed" -> "an Atom feed (XML), " + FEED;
            default -> "an XML document (root <" + name + ">), " + SAVE_TEXT;
        });
    }

    /** The end of a {@code <!DOCTYPE …>} or other declaration, past an internal subset in brackets. */
    private static int doctypeEnd(String head, int at) {
        int bracket = head.indexOf('[', at);
        int close = head.indexOf('>', at);
        if (bracket >= 0 && bracket < close) {
            int subsetEnd = head.indexOf("]", bracket);
            close = subsetEnd < 0 ? -1 : head.indexOf('>', subsetEnd);
        }
        return close < 0 ? -1 : close + 1;
    }

    /** Just past the first {@code end} after {@code at}, or -1. */
    private static int after(String head, int at, String end) {
        int found = head.indexOf(end, at + 2);
        return found < 0 ? -1 : found + end.length();
    }

    private static int skipSpace(String text, int from) {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
