-- Format 4 on PostgreSQL (as ../004-quote-fragments.sql): the pieces of a quote its attribution interrupts.
CREATE TABLE quote_fragment (
    quote_id BIGINT NOT NULL REFERENCES quote(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    PRIMARY KEY (quote_id, position),
    CHECK (start >= 0 AND "end" > start)
);
CREATE TRIGGER quote_fragment_notify AFTER INSERT OR UPDATE OR DELETE ON quote_fragment
    FOR EACH STATEMENT EXECUTE FUNCTION quotebench_changed();
