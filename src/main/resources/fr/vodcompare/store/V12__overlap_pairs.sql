-- Schema 12: the matched pairs of every two platforms' current catalogues (each platform's newest snapshot in any
-- territory, as Compare shows it), with what Compare's overlap list shows of their two titles, so that the list of a
-- pair reads its rows in order from one range of this table instead of looking up, checking and sorting every matched
-- title. Pairs whose two titles are current (work_match, schema 3), title A's platform sorting first; name_a sorts
-- without case (the list's order: name, then the two ids). Made again (OverlapPairs, store), with overlap_count
-- (schema 11) counted from it, in the transaction of every write that changes the matches (rematch), what is current or
-- the titles (an import, a replaced or deleted snapshot, a deleted platform); filled by the migration.
CREATE TABLE overlap_pair (
  platform_a TEXT NOT NULL,
  platform_b TEXT NOT NULL,
  name_a     TEXT NOT NULL COLLATE NOCASE,
  title_a    INTEGER NOT NULL,
  title_b    INTEGER NOT NULL,
  name_b     TEXT NOT NULL,
  kind       TEXT NOT NULL,
  year_a     INTEGER,
  year_b     INTEGER,
  rule       TEXT NOT NULL,
  confidence REAL NOT NULL,
  PRIMARY KEY (platform_a, platform_b, name_a, title_a, title_b)
) WITHOUT ROWID;
