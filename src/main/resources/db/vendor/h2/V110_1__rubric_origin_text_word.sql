-- H2 named the origin check itself (CONSTRAINT_xxx, not fixed): the column is copied, the old one dropped with
-- its check, and the check added again under a name of our own. H2 has no trigger guarding published rows.
ALTER TABLE rubric ADD COLUMN origin_new VARCHAR(16);
UPDATE rubric SET origin_new = origin;
ALTER TABLE rubric DROP COLUMN origin;
ALTER TABLE rubric ALTER COLUMN origin_new RENAME TO origin;
ALTER TABLE rubric ALTER COLUMN origin SET NOT NULL;
ALTER TABLE rubric ADD CONSTRAINT rubric_origin_check
    CHECK (origin IN ('BUILT_IN', 'YAML', 'EXCEL', 'TEXT', 'WORD'));
