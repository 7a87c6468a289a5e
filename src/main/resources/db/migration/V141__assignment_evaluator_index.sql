-- An evaluator's assignments, looked up by evaluator: the page frame (which campaigns an evaluator sees) and the
-- access checks (is this evaluator assigned to this unit). Without it each look-up reads a province's 100,000
-- assignments of the campaign. It takes the place of V131's index of the same name on (campaign_id, evaluator),
-- whose look-ups (both columns by equality) this one serves as well.
DROP INDEX ix_campaign_assignment_evaluator;
CREATE INDEX ix_campaign_assignment_evaluator ON campaign_assignment (evaluator, campaign_id, unit_code);
