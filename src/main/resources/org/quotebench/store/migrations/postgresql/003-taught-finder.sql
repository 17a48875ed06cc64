-- Format 3 on PostgreSQL (as ../003-taught-finder.sql): what the workspace taught the quote finder.
CREATE TABLE taught_finder (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    changes    TEXT NOT NULL,
    quotes     INTEGER NOT NULL CHECK (quotes >= 0),
    articles   INTEGER NOT NULL CHECK (articles >= 0),
    taught_at  TEXT NOT NULL
);
CREATE TRIGGER taught_finder_notify AFTER INSERT OR UPDATE OR DELETE ON taught_finder
    FOR EACH STATEMENT EXECUTE FUNCTION quotebench_changed();
