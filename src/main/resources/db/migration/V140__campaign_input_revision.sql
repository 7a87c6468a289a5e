-- Whether stored results still match their inputs, without reading the inputs: every change of an input of the
-- engine (scores, cases, survey values, participants and their names and types, assignments, settings, period,
-- scores decided on appeal) adds one to the campaign's input revision in the same transaction, and a result run
-- keeps the revision it was computed from. Runs stored before this column existed have none (NULL): for them
-- the digest of the inputs is compared, as before.
ALTER TABLE campaign ADD COLUMN input_revision BIGINT NOT NULL DEFAULT 0;
ALTER TABLE result_run ADD COLUMN input_revision BIGINT;

COMMENT ON COLUMN campaign.input_revision IS '计算输入的修订号:评分、负面清单、测评值、参评单位、分配、设置等每次变动加一';
COMMENT ON COLUMN result_run.input_revision IS '计算时的输入修订号;与考评的当前修订号不同即结果已过期';

