-- Schema 6 (facts carry their meaning as columns): what kind of figure a fact is, the sign its value
-- is given with, where it holds, and who published it, set at import from the facts file. A fact
-- imported before, or from a file without these columns, keeps NULL (not stated) and no qualifier.

-- official: published by the body that measures or regulates it, or by a company about itself;
-- estimate: an analyst's or unofficial estimate, a projection; approximate: a figure the source gives only roughly.
ALTER TABLE fact ADD COLUMN status TEXT CHECK (status IN ('official', 'estimate', 'approximate'));
-- '' (the value as given), '≈' (approximately), '≤' (at most: an upper bound), '≥' (at least: a lower bound)
ALTER TABLE fact ADD COLUMN qualifier TEXT NOT NULL DEFAULT '' CHECK (qualifier IN ('', '≈', '≤', '≥'));
-- where the figure holds: FR, world, EU, … (NULL: not stated)
ALTER TABLE fact ADD COLUMN scope TEXT;
-- who produced the figure ("CNC", "IHS Markit"), as against the media that reported it (in the citation)
ALTER TABLE fact ADD COLUMN publisher TEXT;
