-- Format 2 on PostgreSQL (as ../002-speaker-and-event-times.sql): speakers and events know when they
-- last changed. Rows from before have '' (older than any time). Triggers keep the time; an UPDATE
-- that sets updated_at itself (a merge keeping the other side's time) is left alone.
ALTER TABLE speaker ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE event ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';

CREATE FUNCTION quotebench_now() RETURNS text LANGUAGE sql VOLATILE AS $$
    SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
$$;

CREATE FUNCTION speaker_or_event_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.updated_at = '' THEN
            NEW.updated_at := quotebench_now();
        END IF;
    ELSIF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN
        NEW.updated_at := quotebench_now();
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER speaker_added BEFORE INSERT ON speaker FOR EACH ROW EXECUTE FUNCTION speaker_or_event_changed();
CREATE TRIGGER speaker_changed BEFORE UPDATE OF name, kind, role, affiliation, description, external_id ON speaker
    FOR EACH ROW EXECUTE FUNCTION speaker_or_event_changed();
CREATE TRIGGER event_added BEFORE INSERT ON event FOR EACH ROW EXECUTE FUNCTION speaker_or_event_changed();
CREATE TRIGGER event_changed BEFORE UPDATE OF name, starts_on, ends_on, place, description ON event
    FOR EACH ROW EXECUTE FUNCTION speaker_or_event_changed();

CREATE FUNCTION speaker_alias_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE speaker SET updated_at = quotebench_now()
        WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.speaker_id ELSE NEW.speaker_id END;
    RETURN NULL;
END;
$$;
CREATE TRIGGER speaker_alias_added AFTER INSERT ON speaker_alias FOR EACH ROW EXECUTE FUNCTION speaker_alias_changed();
CREATE TRIGGER speaker_alias_removed AFTER DELETE ON speaker_alias FOR EACH ROW EXECUTE FUNCTION speaker_alias_changed();
