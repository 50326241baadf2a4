-- Schema 15 (issue #11): two indexes of the history model that a large import built for reads that do without them.
-- title_presence_first (platform_id, territory, first_seen): the titles a snapshot lists (first_seen <= its date <=
-- last_seen) are read from title_presence_last's range of last_seen, whose entries hold first_seen too (the table's
-- key); the runs a snapshot put between two others changes are found in that index as well (a platform's entries in one
-- territory, read once per such write). title_version_snapshot (snapshot_id): only a deleted or replaced snapshot's
-- versions are found by snapshot, once per deletion, by reading the versions (a million in a tenth of a second). A
-- platform's first catalogue of 1,000,000 titles builds two indexes less: about 0.9 s and 40 MB.
DROP INDEX IF EXISTS title_presence_first;
DROP INDEX IF EXISTS title_version_snapshot;
