-- Schema 14 (issue #11): a title's file id that its key says is no longer kept twice. A title made from a row with an id
-- has that id in its key (ext_key = 'id:' || id); title_ident keeps only the ids a key does not say (FileIds): an id a
-- later file gave a title matched otherwise, an id whose title's key had to be made unique ('id:X#n'), an id holding a
-- '#'. The rows whose title's key says their id go: the id still names the same title, through its key (no other row
-- can name it: show_id is title_ident's key). A platform's first catalogue of 1,000,000 titles writes no such row (0.5 s,
-- 40 MB).
-- title_match_key (norm_name, release_year, kind) goes too: the lookups of a title's copies by normalised name, year and
-- kind are served by title_sort (norm_name, platform_id, kind, schema 8), and a large import builds one index less
-- (0.6 s and 35 MB at 1,000,000 titles).
DELETE FROM title_ident WHERE instr(show_id, '#') = 0 AND EXISTS (SELECT 1 FROM title t WHERE t.id = title_ident.title_id
  AND t.platform_id = title_ident.platform_id AND t.ext_key = 'id:' || title_ident.show_id);
DROP INDEX IF EXISTS title_match_key;
