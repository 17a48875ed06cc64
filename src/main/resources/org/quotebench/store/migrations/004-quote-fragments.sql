-- Format 4: a quote its attribution interrupts ("We will," she said, "and soon.") is one quote in
-- several pieces (issue 22). quote.start/"end" run from the first piece's start to the last piece's
-- end and quote.exact is the article's text there; the pieces are listed here, in text order, only
-- for quotes of more than one piece (a quote with no rows here is the one piece start.."end").
CREATE TABLE quote_fragment (
    quote_id INTEGER NOT NULL REFERENCES quote(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    PRIMARY KEY (quote_id, position),
    CHECK (start >= 0 AND "end" > start)
) WITHOUT ROWID;
