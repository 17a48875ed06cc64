package org.quotebench.core;

import java.util.regex.Pattern;

/** A Wikidata item id: Q followed by digits, e.g. Q42. */
public record WikidataId(String value) {
    private static final Pattern FORM = Pattern.compile("Q[1-9][0-9]*");

    public WikidataId {
        if (value == null || !FORM.matcher(value.strip()).matches()) {
            throw new QuotebenchException("'" + value + "' is not a Wikidata id: it must be Q followed by digits, e.g. Q42.");
        }
        value = value.strip();
    }

    @Override
    public String toString() {
        return value;
    }
}
