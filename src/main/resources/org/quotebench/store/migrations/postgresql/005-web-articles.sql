-- Format 5 on PostgreSQL (as ../005-web-articles.sql): articles from the web, and their versions.
ALTER TABLE article ADD COLUMN canonical_url TEXT;
ALTER TABLE article ADD COLUMN fetched_at TEXT;
ALTER TABLE article ADD COLUMN http_status INTEGER;
ALTER TABLE article ADD COLUMN archived_at TEXT;
ALTER TABLE article ADD COLUMN lineage TEXT;
ALTER TABLE article ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
CREATE INDEX article_by_url ON article (url);
CREATE INDEX article_by_canonical_url ON article (canonical_url);
CREATE INDEX article_by_lineage ON article (lineage, version);
