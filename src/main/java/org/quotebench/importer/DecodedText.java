package org.quotebench.importer;

/** Text decoded from a file's bytes, with LF line endings, and the name of the encoding that was used. */
record DecodedText(String text, String encoding) {
}
