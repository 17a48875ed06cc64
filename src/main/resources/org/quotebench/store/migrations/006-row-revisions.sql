-- Format 6: every row that people edit carries a revision (issue 25). Each change adds one to it and
-- records who made it and which of its fields it changed, so that an edit made on an older revision
-- (another window, another teammate) is refused with a message naming who changed what, instead of
-- overwriting it unseen. (article.version is something else: a web page's version.)
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
