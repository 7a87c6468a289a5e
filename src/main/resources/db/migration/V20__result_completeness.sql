-- Incomplete units of a result run (未完成): they get no total, rank or grade; each missing item is listed with
-- who owes it. Ranks and grades of the run are computed over the complete units only.
CREATE TABLE unit_result_missing (
    run_id    BIGINT       NOT NULL REFERENCES result_run (id) ON DELETE CASCADE,
    unit_code VARCHAR(32)  NOT NULL,
    unit_name VARCHAR(200) NOT NULL,
    unit_type VARCHAR(16)  NOT NULL,
    item_code VARCHAR(64)  NOT NULL,
    item_label VARCHAR(500) NOT NULL,
    position  INTEGER      NOT NULL,
    kind      VARCHAR(16)  NOT NULL,
    owed_by   VARCHAR(500) NOT NULL,
    PRIMARY KEY (run_id, unit_code, item_code),
    CONSTRAINT ck_unit_result_missing_kind CHECK (kind IN ('SCORE', 'MEASURED'))
);

COMMENT ON COLUMN unit_result_missing.owed_by IS '欠缺评分的考评员用户名(逗号分隔);organiser 表示组织方;空表示未分配';
