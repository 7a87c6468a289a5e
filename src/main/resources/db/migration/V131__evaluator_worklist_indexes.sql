-- An evaluator's worklist reads their own assignments and counts their own scores per unit; without these indexes
-- both meant reading the campaign's every assignment and score (100,000 and 6.5 million at 50,000 units).
CREATE INDEX ix_evaluator_score_evaluator ON evaluator_score (campaign_id, evaluator, unit_code);
CREATE INDEX ix_campaign_assignment_evaluator ON campaign_assignment (campaign_id, evaluator);
