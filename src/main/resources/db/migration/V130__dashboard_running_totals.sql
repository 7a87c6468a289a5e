-- Figures the dashboards would otherwise count per view over millions of rows (a 50,000-unit campaign has 6.5
-- million evaluator scores and 5 million node scores per run), kept where they change instead.

-- Items of a unit scored by at least one evaluator or organiser: recounted for the unit in the transaction of
-- every write that adds a score, so that the scoring progress sums one row per unit.
CREATE TABLE scored_item_count (
    campaign_id BIGINT      NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    unit_code   VARCHAR(32) NOT NULL REFERENCES unit (code) ON DELETE CASCADE,
    items       INTEGER     NOT NULL CHECK (items >= 0),
    PRIMARY KEY (campaign_id, unit_code)
);

INSERT INTO scored_item_count (campaign_id, unit_code, items)
SELECT campaign_id, unit_code, COUNT(DISTINCT item_code) FROM evaluator_score GROUP BY campaign_id, unit_code;

-- Per run, unit type and node: the sums behind the dimension averages and the weakest items, written with the run
-- (a stored run never changes). Averages are sums over units, divided when read.
CREATE TABLE result_node_sum (
    run_id        BIGINT         NOT NULL REFERENCES result_run (id) ON DELETE CASCADE,
    unit_type     VARCHAR(16)    NOT NULL,
    node_code     VARCHAR(64)    NOT NULL,
    units         INTEGER        NOT NULL,
    score_sum     NUMERIC(18, 2) NOT NULL,
    max_score     NUMERIC(9, 2)  NOT NULL,
    shortfall_sum NUMERIC(18, 2) NOT NULL,
    units_below   INTEGER        NOT NULL,
    PRIMARY KEY (run_id, unit_type, node_code)
);

INSERT INTO result_node_sum (run_id, unit_type, node_code, units, score_sum, max_score, shortfall_sum, units_below)
SELECT r.run_id, r.unit_type, n.node_code, COUNT(*), SUM(n.score), MAX(n.max_score), SUM(n.max_score - n.score),
       SUM(CASE WHEN n.score < n.max_score THEN 1 ELSE 0 END)
  FROM unit_result r
  JOIN unit_result_node n ON n.result_id = r.id
 GROUP BY r.run_id, r.unit_type, n.node_code;
