-- The catalogue's title order, walked by key (keyset paging, and a search tested title by title in that order):
-- titles by normalised name, then id. Platform and kind ride along so that a walk filtered on them reads the index
-- only. It replaces the index on the raw name, which no query uses.
DROP INDEX IF EXISTS title_name;
CREATE INDEX IF NOT EXISTS title_sort ON title(norm_name, platform_id, kind);
