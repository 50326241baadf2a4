-- Schema 16 (issue #11): a title with no version row has one version, what its row says, as of the first snapshot that
-- lists it (ImpliedVersions). A platform's first catalogue writes no version row (at 1,000,000 titles a million rows and
-- their key: about 0.7 s and 30 MB); a later snapshot that gives such a title a second version writes the first as a
-- row referring to the title's row (schema 13), then the second. Older versions of the app read a title without a
-- version row as listed nowhere: this number keeps them from opening the store.
-- The version rows that say exactly what the implied version says go: a title's only version, referring to its row,
-- as of the first snapshot listing it, with no match rule.
DELETE FROM title_version WHERE name IS NULL AND match_rule IS NULL
  AND NOT EXISTS (SELECT 1 FROM title_version w WHERE w.title_id = title_version.title_id
    AND w.snapshot_id <> title_version.snapshot_id)
  AND snapshot_id = (SELECT o.id FROM title_presence p JOIN snapshot o ON o.platform_id = p.platform_id
    AND o.territory = p.territory AND o.as_of >= p.first_seen AND o.as_of <= p.last_seen
    WHERE p.title_id = title_version.title_id ORDER BY o.as_of, o.id LIMIT 1);
