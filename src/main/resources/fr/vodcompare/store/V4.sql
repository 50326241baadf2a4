-- Schema 4 (Top 10): Netflix's weekly Top 10 lists, imported from the files Netflix publishes
-- (all-weeks-countries.tsv, all-weeks-global.tsv). New tables only.

-- One imported file: its layout (countries or global), the country kept (--country), when, and what it added
-- (its lines are never changed afterwards: the counts stay true until the file is deleted).
CREATE TABLE top10_file (
  id             INTEGER PRIMARY KEY,
  file_name      TEXT NOT NULL,
  layout         TEXT NOT NULL,
  country_filter TEXT,
  rows_read      INTEGER NOT NULL,
  imported_at    TEXT NOT NULL,
  first_week     TEXT,
  last_week      TEXT,
  weeks          INTEGER NOT NULL DEFAULT 0,
  countries      INTEGER NOT NULL DEFAULT 0,
  entries        INTEGER NOT NULL DEFAULT 0
);

-- The countries as the countries file names them ('world' is the global list).
CREATE TABLE top10_country (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL
);

-- A work as the Top 10 names it (show_title): a film or a series, whatever its seasons.
CREATE TABLE top10_work (
  id        INTEGER PRIMARY KEY,
  kind      TEXT NOT NULL,
  name      TEXT NOT NULL,
  norm_name TEXT NOT NULL,
  UNIQUE (norm_name, kind)
);

-- A season of a work as the Top 10 names it (season_title, "Lupin: Part 3").
CREATE TABLE top10_season (
  id      INTEGER PRIMARY KEY,
  work_id INTEGER NOT NULL REFERENCES top10_work(id) ON DELETE CASCADE,
  name    TEXT NOT NULL,
  UNIQUE (work_id, name)
);

-- One line of a weekly list: a country (or 'world'), a week (as the file dates it), a category, a rank.
-- The key serves the queries by country and week. work_id and season_id are kept by the repository (not declared
-- as foreign keys: without an index of their own, SQLite would scan this large table for each work deleted).
CREATE TABLE top10_entry (
  country        TEXT NOT NULL,
  week           TEXT NOT NULL,
  category       TEXT NOT NULL,
  rank           INTEGER NOT NULL,
  file_id        INTEGER NOT NULL REFERENCES top10_file(id) ON DELETE CASCADE,
  work_id        INTEGER NOT NULL,
  season_id      INTEGER,
  weeks_in_top10 INTEGER,
  hours_viewed   INTEGER,
  runtime        REAL,
  views          INTEGER,
  PRIMARY KEY (country, week, category, rank)
) WITHOUT ROWID;

-- The catalogue titles of the netflix platform a work is linked to (same normalised title and kind).
CREATE TABLE top10_link (
  work_id  INTEGER NOT NULL REFERENCES top10_work(id) ON DELETE CASCADE,
  title_id INTEGER NOT NULL REFERENCES title(id) ON DELETE CASCADE,
  PRIMARY KEY (work_id, title_id)
) WITHOUT ROWID;
CREATE INDEX top10_link_title ON top10_link(title_id);
