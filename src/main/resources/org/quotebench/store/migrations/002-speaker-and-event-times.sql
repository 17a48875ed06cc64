-- Format 2: speakers and events know when they last changed, so that a bundle merge can apply the
-- newer of two edits of the same speaker or event, as it does for quotes (issue 19.4).
-- Rows from before have '' (older than any time). Triggers keep the time, so no write path can forget it;
-- an UPDATE that sets updated_at itself (a merge keeping the other side's time) is left alone.
ALTER TABLE speaker ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE event ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';

CREATE TRIGGER speaker_added AFTER INSERT ON speaker WHEN NEW.updated_at = '' BEGIN
    UPDATE speaker SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER speaker_changed AFTER UPDATE OF name, kind, role, affiliation, description, external_id ON speaker
WHEN NEW.updated_at IS OLD.updated_at BEGIN
    UPDATE speaker SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER speaker_alias_added AFTER INSERT ON speaker_alias BEGIN
    UPDATE speaker SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.speaker_id;
END;
CREATE TRIGGER speaker_alias_removed AFTER DELETE ON speaker_alias BEGIN
    UPDATE speaker SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = OLD.speaker_id;
END;
CREATE TRIGGER event_added AFTER INSERT ON event WHEN NEW.updated_at = '' BEGIN
    UPDATE event SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER event_changed AFTER UPDATE OF name, starts_on, ends_on, place, description ON event
WHEN NEW.updated_at IS OLD.updated_at BEGIN
    UPDATE event SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
