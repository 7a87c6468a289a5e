-- Facts and task figures of a finalized campaign cannot change, whatever the application does (as V150 for the
-- other rows that carry a campaign).
DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['ledger_fact', 'ledger_task']
    LOOP
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
