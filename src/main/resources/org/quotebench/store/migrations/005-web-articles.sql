-- Format 5: articles from the web (issue 23). A page fetched by its address keeps where and when it
-- came from; a page fetched again whose text changed is stored as a new version, a new article row
-- (texts never change in place: quotes stay on the version they were marked in) sharing the
-- lineage of the first version.
-- The canonical address the page gives.
ALTER TABLE article ADD COLUMN canonical_url TEXT;
-- When it was fetched (UTC, ISO 8601); NULL for an article read from a file.
ALTER TABLE article ADD COLUMN fetched_at TEXT;
-- The HTTP status of the response it came in.
ALTER TABLE article ADD COLUMN http_status INTEGER;
-- The time of the web archive snapshot it came from, if it came from one.
ALTER TABLE article ADD COLUMN archived_at TEXT;
-- The uuid of the first version, on every version of a page that changed; NULL for an only version.
ALTER TABLE article ADD COLUMN lineage TEXT;
ALTER TABLE article ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
CREATE INDEX article_by_url ON article(url);
CREATE INDEX article_by_canonical_url ON article(canonical_url);
CREATE INDEX article_by_lineage ON article(lineage, version);
