-- The dashboards average a few nodes (the dimensions) over a run: without this index PostgreSQL reads every
-- node score of every run (100 a unit; 5 million a run at 50,000 units) to find them. With it, only the chosen
-- nodes' rows are read, and the scores come from the index itself.
CREATE INDEX ix_unit_result_node_code ON unit_result_node (node_code, result_id, score, max_score);
