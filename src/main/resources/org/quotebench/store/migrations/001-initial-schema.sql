-- Quotebench workspace, format 1. Offsets are Java string indices (UTF-16 units); see docs/decisions.
CREATE TABLE article (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    title        TEXT,
    outlet       TEXT,
    author       TEXT,
    url          TEXT,
    published_on TEXT,
    language     TEXT,
    source_name  TEXT,
    encoding     TEXT NOT NULL,
    text         TEXT NOT NULL,
    text_sha256  TEXT NOT NULL UNIQUE,
    length_cp    INTEGER NOT NULL,
    imported_at  TEXT NOT NULL
);

CREATE VIRTUAL TABLE article_fts USING fts5(
    title, text,
    content = 'article', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO article_fts(article_fts, rank) VALUES ('rank', 'bm25(5.0, 1.0)');

CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
    INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER article_fts_update AFTER UPDATE OF title ON article BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
-- The text is what every annotation points into: it never changes after import.
CREATE TRIGGER article_text_is_immutable BEFORE UPDATE OF text ON article BEGIN
    SELECT RAISE(ABORT, 'article text cannot change after import');
END;

CREATE TABLE speaker (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'organisation', 'group', 'unnamed')),
    role        TEXT,
    affiliation TEXT,
    description TEXT,
    external_id TEXT
);
CREATE UNIQUE INDEX speaker_name ON speaker(name COLLATE NOCASE);

CREATE TABLE speaker_alias (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    speaker_id INTEGER NOT NULL REFERENCES speaker(id) ON DELETE CASCADE,
    alias      TEXT NOT NULL
);
CREATE UNIQUE INDEX speaker_alias_unique ON speaker_alias(speaker_id, alias COLLATE NOCASE);
CREATE INDEX speaker_alias_lookup ON speaker_alias(alias COLLATE NOCASE);

CREATE TABLE event (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    starts_on   TEXT,
    ends_on     TEXT,
    place       TEXT,
    description TEXT
);
CREATE UNIQUE INDEX event_name ON event(name COLLATE NOCASE);

CREATE TABLE article_event (
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    event_id   INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, event_id)
);
CREATE INDEX article_event_by_event ON article_event(event_id);

CREATE TABLE quote (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    article_id   INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    exact        TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'indirect')),
    speaker_id   INTEGER REFERENCES speaker(id) ON DELETE SET NULL,
    mention_start INTEGER,
    mention_end   INTEGER,
    cue_start    INTEGER,
    cue_end      INTEGER,
    status       TEXT NOT NULL CHECK (status IN ('suggested', 'accepted', 'rejected')),
    verdict      TEXT NOT NULL DEFAULT 'unchecked',
    note         TEXT,
    annotator    TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    CHECK (start >= 0 AND "end" > start),
    CHECK ((mention_start IS NULL) = (mention_end IS NULL)),
    CHECK ((cue_start IS NULL) = (cue_end IS NULL))
);
CREATE INDEX quote_by_article ON quote(article_id, start);
CREATE INDEX quote_by_speaker ON quote(speaker_id);

CREATE TABLE quote_event (
    quote_id INTEGER NOT NULL REFERENCES quote(id) ON DELETE CASCADE,
    event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    PRIMARY KEY (quote_id, event_id)
);
CREATE INDEX quote_event_by_event ON quote_event(event_id);

CREATE TABLE label (
    id    INTEGER PRIMARY KEY,
    uuid  TEXT NOT NULL UNIQUE,
    label_set TEXT NOT NULL DEFAULT 'default',
    name  TEXT NOT NULL,
    UNIQUE (label_set, name)
);

CREATE TABLE quote_label (
    quote_id INTEGER NOT NULL REFERENCES quote(id) ON DELETE CASCADE,
    label_id INTEGER NOT NULL REFERENCES label(id) ON DELETE CASCADE,
    PRIMARY KEY (quote_id, label_id)
);
