-- A unit's tags (标签, e.g. 沿河单位, 窗口单位): rubric nodes may apply only to units with one of some tags.
-- One column, tags separated by a space (a tag is letters, digits, '-' or '_'): read with the unit, never queried
-- on its own.
ALTER TABLE unit ADD COLUMN tags VARCHAR(1000) DEFAULT '' NOT NULL;

COMMENT ON COLUMN unit.tags IS '单位标签,以空格分隔;评价体系可规定某些指标只适用于带某标签的单位';
