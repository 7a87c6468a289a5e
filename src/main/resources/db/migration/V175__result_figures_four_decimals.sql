-- Rubrics may state roundings to 0.01 and multipliers such as ×1.5 on amounts of 0.25, so a figure can carry more
-- than two decimals. Results are stored exactly as the engine computed them (four decimals), never rounded by
-- the column on the way in.
ALTER TABLE unit_result ALTER COLUMN max_total SET DATA TYPE NUMERIC(12, 4);
ALTER TABLE unit_result ALTER COLUMN items_total SET DATA TYPE NUMERIC(12, 4);
ALTER TABLE unit_result ALTER COLUMN deductions SET DATA TYPE NUMERIC(12, 4);
ALTER TABLE unit_result ALTER COLUMN bonus SET DATA TYPE NUMERIC(12, 4);
ALTER TABLE unit_result ALTER COLUMN total SET DATA TYPE NUMERIC(12, 4);
ALTER TABLE unit_result_node ALTER COLUMN score SET DATA TYPE NUMERIC(12, 4);
ALTER TABLE unit_result_node ALTER COLUMN max_score SET DATA TYPE NUMERIC(12, 4);
ALTER TABLE unit_result_line ALTER COLUMN points SET DATA TYPE NUMERIC(12, 4);
ALTER TABLE result_node_sum ALTER COLUMN score_sum SET DATA TYPE NUMERIC(20, 4);
ALTER TABLE result_node_sum ALTER COLUMN max_score SET DATA TYPE NUMERIC(12, 4);
ALTER TABLE result_node_sum ALTER COLUMN shortfall_sum SET DATA TYPE NUMERIC(20, 4);
