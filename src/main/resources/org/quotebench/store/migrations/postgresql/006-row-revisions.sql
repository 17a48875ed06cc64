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
-- Search ranks every matching article (ts_rank reads each one's tsvector): a second vector with all the
-- words and weights but at most four positions of each word (for one word ts_rank weighs the k-th
-- occurrence by 1/k², so later ones change a rank by a few per cent; for several words closeness is
-- judged on those four places only) is half the size, small enough to keep in the row. Queries without
-- phrases match and rank on it alone (it has every word); phrases are checked on the full vector. Both
-- are made by a trigger from the title and text (a generated column cannot use another).
CREATE FUNCTION quotebench_rank_vector(full_vector tsvector) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $rank$
    SELECT coalesce(string_agg('''' || replace(replace(u.lexeme, '\', '\\'), '''', '''''') || '''' || coalesce(':' || (
            SELECT string_agg(p::text || w, ',') FROM unnest(u.positions[1:4], u.weights[1:4]) AS x(p, w)), ''), ' ')::tsvector,
        ''::tsvector)
    FROM unnest(full_vector) AS u
$rank$;
ALTER TABLE article ALTER COLUMN search DROP EXPRESSION;
ALTER TABLE article ADD COLUMN search_rank tsvector;
-- kept in the table's own pages (compressed), not beside them: ranking 10,000 articles then reads no TOAST
-- index and chunks (budget at 10,000 articles: 43 ms -> 9 ms); the full vector stays out of line
ALTER TABLE article ALTER COLUMN search_rank SET STORAGE MAIN;
CREATE FUNCTION article_search_vectors() RETURNS trigger LANGUAGE plpgsql AS $vectors$
BEGIN
    -- title weighs five times the text, as bm25(5.0, 1.0) does in the file
    NEW.search := setweight(to_tsvector('quotebench', coalesce(NEW.title, '')), 'A') || setweight(to_tsvector('quotebench', NEW.text), 'D');
    NEW.search_rank := quotebench_rank_vector(NEW.search);
    RETURN NEW;
END
$vectors$;
CREATE TRIGGER article_search_vectors BEFORE INSERT OR UPDATE OF title, text ON article
    FOR EACH ROW EXECUTE FUNCTION article_search_vectors();
UPDATE article SET search_rank = quotebench_rank_vector(search);
DROP INDEX article_search;
CREATE INDEX article_search_rank ON article USING GIN (search_rank);
