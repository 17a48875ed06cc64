-- Format 3: what the workspace taught the quote finder (issue 21): the changes to the shipped speaker
-- ranker's weights, in the ranker's own text form, learned from the quotes people confirmed here.
-- At most one row; "Teach the finder" replaces it, "forget" deletes it.
CREATE TABLE taught_finder (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    changes    TEXT NOT NULL,
    quotes     INTEGER NOT NULL CHECK (quotes >= 0),
    articles   INTEGER NOT NULL CHECK (articles >= 0),
    taught_at  TEXT NOT NULL
);
