-- The guard of V23_1 ran a PL/pgSQL function for every row written to a campaign's tables: about 30 % of the
-- server's time when a campaign's scores or results are written in batches. The same guard now runs once per
-- statement over the statement's rows (transition tables), so a batch of 1,000 rows costs one check.
-- PostgreSQL allows transition tables on one event per trigger: one trigger per event and table.
CREATE FUNCTION campaign_rows_finalized_check() RETURNS trigger AS $$
DECLARE
    finalized BOOLEAN;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT EXISTS (SELECT 1 FROM campaign c WHERE c.status = 'FINALIZED'
                          AND c.id IN (SELECT DISTINCT campaign_id FROM new_rows)) INTO finalized;
    ELSIF TG_OP = 'UPDATE' THEN
        SELECT EXISTS (SELECT 1 FROM campaign c WHERE c.status = 'FINALIZED'
                          AND c.id IN (SELECT campaign_id FROM old_rows UNION SELECT campaign_id FROM new_rows))
          INTO finalized;
    ELSE
        SELECT EXISTS (SELECT 1 FROM campaign c WHERE c.status = 'FINALIZED'
                          AND c.id IN (SELECT DISTINCT campaign_id FROM old_rows)) INTO finalized;
    END IF;
    IF finalized THEN
        RAISE EXCEPTION '% of a finalized campaign cannot be changed', TG_TABLE_NAME;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['evaluator_score', 'ledger_case', 'inspection_record', 'survey_import',
                             'self_assessment', 'campaign_unit', 'campaign_assignment', 'result_run', 'appeal',
                             'campaign_publicity']
    LOOP
        EXECUTE format('DROP TRIGGER %I ON %I', t || '_finalized_readonly', t);
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION campaign_rows_finalized_check()',
                       t || '_finalized_insert', t);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION campaign_rows_finalized_check()',
                       t || '_finalized_update', t);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION campaign_rows_finalized_check()',
                       t || '_finalized_delete', t);
    END LOOP;
END;
$$;

DROP FUNCTION campaign_rows_finalized_readonly();
