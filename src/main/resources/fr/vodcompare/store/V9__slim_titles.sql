-- Schema 9 (issue #11): slimmer title rows, so that a catalogue of a million titles is written fast. Schema 2's
-- exact-key groups (the work table, title.work_id) and its title.match_confidence and title.match_reason are no
-- longer written: the same groups are read from the titles' normalised name, year and kind (the title_match_key
-- index), and matching across platforms lives in work_match (schema 5). The columns stay (SQLite cannot drop a
-- column a foreign key names), emptied.
DROP INDEX IF EXISTS title_work;
UPDATE title SET work_id = NULL, match_confidence = NULL, match_reason = NULL
WHERE work_id IS NOT NULL OR match_confidence IS NOT NULL OR match_reason IS NOT NULL;
DELETE FROM work;
