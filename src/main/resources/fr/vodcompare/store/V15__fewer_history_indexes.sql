-- Schema 15 (issue #11): two indexes of the history model that a large import built for reads that do without them,
-- and the year in title_sort.
-- title_presence_first (platform_id, territory, first_seen): the titles a snapshot lists (first_seen <= its date <=
-- last_seen) are read from title_presence_last's range of last_seen, whose entries hold first_seen too (the table's
-- key); the runs a snapshot put between two others changes are found in that index as well (a platform's entries in one
-- territory, read once per such write). title_version_snapshot (snapshot_id): only a deleted or replaced snapshot's
-- versions are found by snapshot, once per deletion, by reading the versions (a million in a tenth of a second). A
-- platform's first catalogue of 1,000,000 titles builds two indexes less: about 0.9 s and 40 MB.
-- title_sort (norm_name, platform_id, kind, schema 8) ends with release_year: a title's copies (the same normalised
-- name, year and kind on any platform), which title_match_key served until schema 14, are told apart in the index, not
-- by reading each title of a common name (1,099 copies among 13,521 titles named "The" at 1,000,000 titles).
DROP INDEX IF EXISTS title_presence_first;
DROP INDEX IF EXISTS title_version_snapshot;
DROP INDEX IF EXISTS title_sort;
CREATE INDEX title_sort ON title(norm_name, platform_id, kind, release_year);
