-- An evaluator's assignments, looked up by evaluator: the page frame (which campaigns an evaluator sees) and the
-- access checks (is this evaluator assigned to this unit). Without it each look-up reads a province's 100,000
-- assignments of the campaign.
CREATE INDEX ix_campaign_assignment_evaluator ON campaign_assignment (evaluator, campaign_id, unit_code);
