-- Schema 2: works matched across platforms (normalised title + year + kind), with a confidence and a reason.
CREATE TABLE work (
  id           INTEGER PRIMARY KEY,
  norm_name    TEXT NOT NULL,
  release_year INTEGER,
  kind         TEXT NOT NULL,
  UNIQUE (norm_name, release_year, kind)
);
ALTER TABLE title ADD COLUMN work_id INTEGER REFERENCES work(id) ON DELETE SET NULL;
ALTER TABLE title ADD COLUMN match_confidence REAL;
ALTER TABLE title ADD COLUMN match_reason TEXT;
CREATE INDEX title_work ON title(work_id);
CREATE INDEX title_match_key ON title(norm_name, release_year, kind);
