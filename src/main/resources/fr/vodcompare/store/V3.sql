-- Schema 3: catalogue history. A snapshot is immutable; a title's presence is kept as runs of
-- consecutive snapshots of its platform in one territory (seen from first_seen to last_seen), so a
-- store grows with changes, not with the number of snapshots; its attributes are versioned by
-- snapshot (a version is kept when a snapshot says something new), and the title row holds the
-- newest version (the current view).

ALTER TABLE snapshot ADD COLUMN title_count INTEGER NOT NULL DEFAULT 0;
UPDATE snapshot SET title_count = (SELECT COUNT(*) FROM title_seen ts WHERE ts.snapshot_id = snapshot.id);

-- A run of consecutive snapshots of (platform, territory) that list the title.
CREATE TABLE title_presence (
  title_id    INTEGER NOT NULL REFERENCES title(id) ON DELETE CASCADE,
  platform_id TEXT NOT NULL,
  territory   TEXT NOT NULL,
  first_seen  TEXT NOT NULL,
  last_seen   TEXT NOT NULL,
  PRIMARY KEY (title_id, territory, first_seen)
) WITHOUT ROWID;
CREATE INDEX title_presence_last ON title_presence(platform_id, territory, last_seen);
CREATE INDEX title_presence_first ON title_presence(platform_id, territory, first_seen);

-- Runs from the old one-row-per-snapshot links: consecutive snapshots (by date, per platform and
-- territory) that saw a title form one run (gaps and islands over the snapshots' ranks).
WITH ranked AS (
  SELECT id, platform_id, territory, as_of,
         ROW_NUMBER() OVER (PARTITION BY platform_id, territory ORDER BY as_of) AS rn
  FROM snapshot),
seen AS (
  SELECT ts.title_id, r.platform_id, r.territory, r.as_of,
         r.rn - ROW_NUMBER() OVER (PARTITION BY ts.title_id, r.platform_id, r.territory ORDER BY r.rn) AS grp
  FROM title_seen ts JOIN ranked r ON r.id = ts.snapshot_id)
INSERT INTO title_presence(title_id, platform_id, territory, first_seen, last_seen)
SELECT title_id, platform_id, territory, MIN(as_of), MAX(as_of) FROM seen GROUP BY title_id, platform_id, territory, grp;

-- What a snapshot said of a title, when it said something new (the first time, or a change), and
-- the rule that matched its row to the title (id, title_year, title_year_1, title_series; null for a
-- title seen for the first time).
CREATE TABLE title_version (
  title_id         INTEGER NOT NULL REFERENCES title(id) ON DELETE CASCADE,
  snapshot_id      INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,
  as_of            TEXT NOT NULL,
  match_rule       TEXT,
  show_id          TEXT,
  kind             TEXT NOT NULL,
  name             TEXT NOT NULL,
  norm_name        TEXT NOT NULL,
  director         TEXT,
  cast_list        TEXT,
  country_text     TEXT,
  genre_text       TEXT,
  date_added       TEXT,
  release_year     INTEGER,
  rating           TEXT,
  duration         TEXT,
  duration_minutes INTEGER,
  seasons          INTEGER,
  description      TEXT,
  UNIQUE (title_id, snapshot_id)
);
CREATE INDEX title_version_snapshot ON title_version(snapshot_id);

-- Schema 2 kept one set of attributes per title (the last import's): it becomes the version of the
-- newest snapshot that saw the title.
INSERT INTO title_version(title_id, snapshot_id, as_of, show_id, kind, name, norm_name, director, cast_list, country_text,
                          genre_text, date_added, release_year, rating, duration, duration_minutes, seasons, description)
SELECT t.id, s.id, s.as_of, t.show_id, t.kind, t.name, t.norm_name, t.director, t.cast_list, t.country_text, t.genre_text,
       t.date_added, t.release_year, t.rating, t.duration, t.duration_minutes, t.seasons, t.description
FROM title t JOIN snapshot s ON s.id = (SELECT ts.snapshot_id FROM title_seen ts JOIN snapshot x ON x.id = ts.snapshot_id
                                        WHERE ts.title_id = t.id ORDER BY x.as_of DESC, x.id DESC LIMIT 1);

-- Every id a file gave a title, to recognise it in a later file of the same lineage.
CREATE TABLE title_ident (
  platform_id TEXT NOT NULL,
  show_id     TEXT NOT NULL,
  title_id    INTEGER NOT NULL REFERENCES title(id) ON DELETE CASCADE,
  PRIMARY KEY (platform_id, show_id)
) WITHOUT ROWID;
CREATE INDEX title_ident_title ON title_ident(title_id);
INSERT OR IGNORE INTO title_ident(platform_id, show_id, title_id)
SELECT platform_id, show_id, id FROM title WHERE show_id IS NOT NULL AND show_id <> '';

-- A row of a snapshot that had two or more candidates among the platform's titles: kept as a title
-- of its own (never merged silently) and listed with its candidates.
CREATE TABLE title_ambiguity (
  snapshot_id  INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,
  title_id     INTEGER NOT NULL REFERENCES title(id) ON DELETE CASCADE,
  candidate_id INTEGER NOT NULL REFERENCES title(id) ON DELETE CASCADE,
  PRIMARY KEY (snapshot_id, title_id, candidate_id)
) WITHOUT ROWID;

DROP TABLE title_seen;
