-- Schema 1: platforms, catalogue snapshots and titles, genres, countries, sourced facts, originals.
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT
);

CREATE TABLE platform (
  id        TEXT PRIMARY KEY,
  name      TEXT NOT NULL,
  owner     TEXT,
  launch_fr TEXT,
  colour    TEXT,
  bundled   INTEGER NOT NULL DEFAULT 0,
  -- set when the user renamed the platform or chose its colour: a rebuild keeps their choice
  user_name   INTEGER NOT NULL DEFAULT 0,
  user_colour INTEGER NOT NULL DEFAULT 0
);

-- Other names sources use for a platform ("Amazon", "Amazon Prime Video"), matched without case.
CREATE TABLE platform_alias (
  alias       TEXT PRIMARY KEY COLLATE NOCASE,
  platform_id TEXT NOT NULL REFERENCES platform(id) ON DELETE CASCADE
);

-- A platform's catalogue as of a date, in a territory.
CREATE TABLE snapshot (
  id          INTEGER PRIMARY KEY,
  platform_id TEXT NOT NULL REFERENCES platform(id) ON DELETE CASCADE,
  as_of       TEXT NOT NULL,
  territory   TEXT NOT NULL,
  source_name TEXT,
  source_file TEXT,
  bundled     INTEGER NOT NULL DEFAULT 0,
  imported_at TEXT NOT NULL,
  UNIQUE (platform_id, as_of, territory)
);

-- A title is stored once per platform, however many snapshots saw it.
-- ext_key: 'id:' + the file's show_id, or 'key:' + normalised title|year|kind for files without ids.
CREATE TABLE title (
  id               INTEGER PRIMARY KEY,
  platform_id      TEXT NOT NULL REFERENCES platform(id) ON DELETE CASCADE,
  ext_key          TEXT NOT NULL,
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
  UNIQUE (platform_id, ext_key)
);
CREATE INDEX title_platform_kind ON title(platform_id, kind);
CREATE INDEX title_year ON title(release_year);
CREATE INDEX title_name ON title(name COLLATE NOCASE);

-- The snapshots a title was seen in: the dates it was seen.
CREATE TABLE title_seen (
  snapshot_id INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,
  title_id    INTEGER NOT NULL REFERENCES title(id) ON DELETE CASCADE,
  PRIMARY KEY (snapshot_id, title_id)
) WITHOUT ROWID;
CREATE INDEX title_seen_title ON title_seen(title_id);

CREATE TABLE country (
  id     INTEGER PRIMARY KEY,
  name   TEXT NOT NULL UNIQUE COLLATE NOCASE,
  region TEXT NOT NULL
);
CREATE TABLE title_country (
  title_id   INTEGER NOT NULL REFERENCES title(id) ON DELETE CASCADE,
  country_id INTEGER NOT NULL REFERENCES country(id),
  position   INTEGER NOT NULL,
  PRIMARY KEY (title_id, country_id)
) WITHOUT ROWID;
CREATE INDEX title_country_country ON title_country(country_id);

CREATE TABLE genre (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE title_genre (
  title_id INTEGER NOT NULL REFERENCES title(id) ON DELETE CASCADE,
  genre_id INTEGER NOT NULL REFERENCES genre(id),
  PRIMARY KEY (title_id, genre_id)
) WITHOUT ROWID;
CREATE INDEX title_genre_genre ON title_genre(genre_id);

-- Accent-insensitive full-text index over title, director and cast. Imports (CatalogueRepository,
-- the only writer of titles) index new titles in one statement and re-index the ones they change;
-- deletes keep it in step through the trigger.
CREATE VIRTUAL TABLE title_fts USING fts5(
  name, director, cast_list,
  content = 'title', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER title_fts_ad AFTER DELETE ON title BEGIN
  INSERT INTO title_fts(title_fts, rowid, name, director, cast_list) VALUES ('delete', old.id, old.name, old.director, old.cast_list);
END;

CREATE TABLE source (
  id       INTEGER PRIMARY KEY,
  citation TEXT NOT NULL,
  url      TEXT NOT NULL DEFAULT '',
  UNIQUE (citation, url)
);

-- One sourced figure. platform_id is null for market-wide or multi-platform figures;
-- platform_label keeps the subject as the source wrote it.
CREATE TABLE fact (
  id             INTEGER PRIMARY KEY,
  metric         TEXT NOT NULL,
  platform_id    TEXT REFERENCES platform(id) ON DELETE SET NULL,
  platform_label TEXT NOT NULL,
  period         TEXT NOT NULL,
  value_low      REAL,
  value_high     REAL,
  value_text     TEXT NOT NULL,
  unit           TEXT NOT NULL,
  source_id      INTEGER NOT NULL REFERENCES source(id),
  note           TEXT,
  bundled        INTEGER NOT NULL DEFAULT 0,
  UNIQUE (metric, platform_label, period, value_text, unit, source_id)
);
CREATE INDEX fact_metric ON fact(metric, platform_id);

CREATE TABLE original (
  id          INTEGER PRIMARY KEY,
  platform_id TEXT NOT NULL REFERENCES platform(id) ON DELETE CASCADE,
  title       TEXT NOT NULL,
  kind        TEXT NOT NULL,
  status      TEXT NOT NULL,
  year        INTEGER,
  source_id   INTEGER NOT NULL REFERENCES source(id),
  bundled     INTEGER NOT NULL DEFAULT 0,
  UNIQUE (platform_id, title, status)
);
