-- A case of a rule with a range (造成不良影响的,扣3-6分) carries the amount the organiser chose, within the range and on
-- the rubric's step; a case of a rule with levels (国家级/省级/市级) carries its level. Other cases carry neither.
ALTER TABLE ledger_case ADD COLUMN amount NUMERIC(9, 3);
ALTER TABLE ledger_case ADD COLUMN case_level VARCHAR(200);
ALTER TABLE ledger_case ADD CONSTRAINT ck_ledger_case_amount CHECK (amount IS NULL OR amount >= 0);

COMMENT ON COLUMN ledger_case.amount IS '有分值范围的情形(如扣3-6分)每件所定分值;其他情形为空';
COMMENT ON COLUMN ledger_case.case_level IS '按级别计分的情形(国家级、省级、市级)所属级别;其他情形为空';
