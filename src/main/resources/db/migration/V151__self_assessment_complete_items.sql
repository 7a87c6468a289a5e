-- How many of a self-assessment's items are complete (a self score, an explanation, and evidence or a reason why
-- none is needed), kept as the items and their evidence change: the progress page read it by counting every item
-- and looking for evidence per view, 15 s for a 50,000-unit campaign. The backfill is a vendor migration (V151_1):
-- on PostgreSQL the rows of finalized campaigns are guarded.
ALTER TABLE self_assessment ADD COLUMN complete_items INTEGER DEFAULT 0 NOT NULL;
