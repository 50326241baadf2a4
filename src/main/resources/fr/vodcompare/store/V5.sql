-- Schema 5: works matched across platforms (issue #8). Matching is a step of its own ('rematch', run
-- after each import): it rewrites work_match whole. The user's word on a pair (work_choice) is kept
-- apart, by each title's platform and file key (title.ext_key), so it survives rematch and rebuild.
-- (Schema 2's work table and title.work_id, exact-key groups written at import, are left as they were.)

-- A pair of titles on two platforms judged one work: title_a is on the platform whose id sorts first.
-- rule: title_year, title_year_1, title_series_people, title_series, confirmed; or 'ambiguous' for a
-- candidate of a title that had two or more (listed, never counted as shared), confidence 0.
-- platform_a and platform_b are the two titles' platforms, so that a rematch of one platform (after its
-- import) replaces only that platform's pairs.
CREATE TABLE work_match (
  title_a    INTEGER NOT NULL REFERENCES title(id) ON DELETE CASCADE,
  title_b    INTEGER NOT NULL REFERENCES title(id) ON DELETE CASCADE,
  platform_a TEXT NOT NULL,
  platform_b TEXT NOT NULL,
  rule       TEXT NOT NULL,
  confidence REAL NOT NULL,
  PRIMARY KEY (title_a, title_b)
) WITHOUT ROWID;
CREATE INDEX work_match_b ON work_match(title_b);
CREATE INDEX work_match_platforms ON work_match(platform_a, platform_b);
CREATE INDEX work_match_platform_b ON work_match(platform_b);

-- The key matching pairs titles by: Normalise.work of the name (case, accents, punctuation, one leading
-- article). Written by rematch for every title whose key is NULL (new titles, and titles renamed: the
-- trigger below clears it), so candidates are found by an indexed join, not by reading every title.
ALTER TABLE title ADD COLUMN work_key TEXT;
CREATE INDEX title_work_key ON title(work_key, kind);
CREATE TRIGGER title_work_key_renamed AFTER UPDATE OF name ON title WHEN old.name IS NOT new.name BEGIN
  UPDATE title SET work_key = NULL WHERE id = new.id;
END;

-- The user confirmed ('confirm') or split ('split') a pair: what rematch then obeys.
CREATE TABLE work_choice (
  platform_a TEXT NOT NULL,
  key_a      TEXT NOT NULL,
  platform_b TEXT NOT NULL,
  key_b      TEXT NOT NULL,
  choice     TEXT NOT NULL CHECK (choice IN ('confirm', 'split')),
  chosen_at  TEXT NOT NULL,
  PRIMARY KEY (platform_a, key_a, platform_b, key_b)
) WITHOUT ROWID;
