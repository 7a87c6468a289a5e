-- The count of V151 for the rows that exist.
UPDATE self_assessment a
   SET complete_items = (SELECT COUNT(*) FROM self_assessment_item i
                          WHERE i.assessment_id = a.id AND i.self_score IS NOT NULL
                            AND i.explanation IS NOT NULL AND i.explanation <> ''
                            AND (i.no_evidence_reason IS NOT NULL AND i.no_evidence_reason <> ''
                                 OR EXISTS (SELECT 1 FROM evidence_file e WHERE e.item_id = i.id AND e.removed_at IS NULL)));
