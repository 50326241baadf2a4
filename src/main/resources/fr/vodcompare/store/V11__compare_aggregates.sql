-- Schema 11: what the Compare dashboard read from the titles besides the per-snapshot aggregates (schema 7), kept so
-- that it reads a few rows.
--
-- overlap_count: the overlap of every two platforms' current catalogues (each platform's newest snapshot in any
-- territory, as Compare shows it), counted from the matched pairs (work_match) whose two titles are current: pairs
-- matched (shared), candidate pairs of ambiguous titles (ambiguous), and how many of A's and of B's titles are in one of
-- them. platform_a sorts first. Made again (OverlapCounts, store) in the transaction of every write that changes the
-- matches (rematch) or what is current (an import, a replaced or deleted snapshot, a deleted platform); filled by the
-- migration from the matches already there.
CREATE TABLE overlap_count (
  platform_a  TEXT NOT NULL,
  platform_b  TEXT NOT NULL,
  shared      INTEGER NOT NULL,
  ambiguous   INTEGER NOT NULL,
  titles_of_a INTEGER NOT NULL,
  titles_of_b INTEGER NOT NULL,
  PRIMARY KEY (platform_a, platform_b)
) WITHOUT ROWID;

-- snapshot_step: what came and went between two consecutive snapshots of a platform in one territory (the catalogue
-- changes chart), as the comparison of the two snapshots' titles counts it (analysis.SnapshotDiff). Kept the first time
-- it is computed, and forgotten, with the platform's generation raised, in the transaction of every write to the
-- platform's catalogue; a count computed from what was read before such a write is not kept (SnapshotSteps).
CREATE TABLE snapshot_step (
  from_id          INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,
  to_id            INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,
  added            INTEGER NOT NULL,
  no_longer_listed INTEGER NOT NULL,
  changed          INTEGER NOT NULL,
  unchanged        INTEGER NOT NULL,
  ambiguous        INTEGER NOT NULL,
  PRIMARY KEY (from_id, to_id)
) WITHOUT ROWID;
CREATE INDEX snapshot_step_to ON snapshot_step(to_id);

-- How many writes a platform's catalogue has had since this schema (no row: none); no foreign key, so that it outlives a
-- deleted platform and a count computed before the deletion is not kept for a platform of the same id made after it.
CREATE TABLE catalogue_generation (
  platform_id TEXT PRIMARY KEY,
  generation  INTEGER NOT NULL
) WITHOUT ROWID;
