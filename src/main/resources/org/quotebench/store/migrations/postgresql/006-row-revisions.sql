-- Format 6 on PostgreSQL (as ../006-row-revisions.sql): a revision, who changed a row last and what.
ALTER TABLE article ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE article ADD COLUMN changed_by TEXT;
ALTER TABLE article ADD COLUMN changed_what TEXT;
ALTER TABLE speaker ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE speaker ADD COLUMN changed_by TEXT;
ALTER TABLE speaker ADD COLUMN changed_what TEXT;
ALTER TABLE event ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE event ADD COLUMN changed_by TEXT;
ALTER TABLE event ADD COLUMN changed_what TEXT;
ALTER TABLE quote ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE quote ADD COLUMN changed_by TEXT;
ALTER TABLE quote ADD COLUMN changed_what TEXT;
