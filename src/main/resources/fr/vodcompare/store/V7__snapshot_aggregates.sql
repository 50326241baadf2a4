-- Schema 7: per-snapshot aggregates, so the comparison's figures read a few hundred rows, not every title.
-- For each snapshot that can be current (the newest of its platform in its territory), its titles counted by
-- one field of their current view (the title row and its links, as the comparison has always counted them):
--   dim 'countries': key = kind, sub = the title's country list as stored (country_text, null when none)
--   dim 'decade':    key = release decade ("1990"), null when unknown
--   dim 'added':     key = year added ("2019"), null when unknown
--   dim 'region':    key = region of the first listed country, null when none
--   dim 'origin':    key = 'france' (a country of region FRANCE) or 'europe' (FRANCE or EUROPE); titles with neither: no row
--   dim 'genres':    key = the title's genre ids, ascending, comma-separated; null when it has no genre
-- SnapshotAggregates (store) fills and refreshes them at every catalogue write; the migration's fill runs after the
-- scripts (Migrations), with the same code.
CREATE TABLE snapshot_count (
  snapshot_id INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,
  dim         TEXT NOT NULL,
  key         TEXT,
  sub         TEXT,
  titles      INTEGER NOT NULL
);
CREATE INDEX snapshot_count_snapshot ON snapshot_count(snapshot_id, dim);
