-- Indexes for the dashboards' grouped aggregates: the current run of a campaign, its results by unit
-- type, node scores by code, and submissions by day.
CREATE INDEX ix_result_run_campaign ON result_run (campaign_id, is_current);
CREATE INDEX ix_unit_result_run_type ON unit_result (run_id, unit_type, total);
CREATE INDEX ix_unit_result_unit ON unit_result (unit_code, run_id);
CREATE INDEX ix_self_assessment_event_kind ON self_assessment_event (assessment_id, kind, occurred_at);
CREATE INDEX ix_self_assessment_item_status ON self_assessment_item (assessment_id, status);
