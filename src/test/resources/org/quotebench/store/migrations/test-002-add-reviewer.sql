-- A pretend format 2, to test that migrations back up the file and move user_version.
ALTER TABLE quote ADD COLUMN reviewer TEXT;
