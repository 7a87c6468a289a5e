-- Defence in depth: once a campaign is finalized, neither it nor the rows that carry it (scores, cases, surveys,
-- inspections, self-assessments, assignments, results, appeals) can change, whatever the application does.
CREATE FUNCTION campaign_finalized_readonly() RETURNS trigger AS $$
BEGIN
    IF OLD.status = 'FINALIZED' THEN
        RAISE EXCEPTION 'campaign % is finalized and cannot be changed', OLD.code;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER campaign_finalized_readonly
    BEFORE UPDATE OR DELETE ON campaign
    FOR EACH ROW EXECUTE FUNCTION campaign_finalized_readonly();

CREATE FUNCTION campaign_rows_finalized_readonly() RETURNS trigger AS $$
DECLARE
    finalized BOOLEAN;
BEGIN
    SELECT bool_or(status = 'FINALIZED') INTO finalized FROM campaign
     WHERE id IN (CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.campaign_id END,
                  CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.campaign_id END);
    IF finalized THEN
        RAISE EXCEPTION '% of a finalized campaign cannot be changed', TG_TABLE_NAME;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER evaluator_score_finalized_readonly BEFORE INSERT OR UPDATE OR DELETE ON evaluator_score
    FOR EACH ROW EXECUTE FUNCTION campaign_rows_finalized_readonly();
CREATE TRIGGER ledger_case_finalized_readonly BEFORE INSERT OR UPDATE OR DELETE ON ledger_case
    FOR EACH ROW EXECUTE FUNCTION campaign_rows_finalized_readonly();
CREATE TRIGGER inspection_record_finalized_readonly BEFORE INSERT OR UPDATE OR DELETE ON inspection_record
    FOR EACH ROW EXECUTE FUNCTION campaign_rows_finalized_readonly();
CREATE TRIGGER survey_import_finalized_readonly BEFORE INSERT OR UPDATE OR DELETE ON survey_import
    FOR EACH ROW EXECUTE FUNCTION campaign_rows_finalized_readonly();
CREATE TRIGGER self_assessment_finalized_readonly BEFORE INSERT OR UPDATE OR DELETE ON self_assessment
    FOR EACH ROW EXECUTE FUNCTION campaign_rows_finalized_readonly();
CREATE TRIGGER campaign_unit_finalized_readonly BEFORE INSERT OR UPDATE OR DELETE ON campaign_unit
    FOR EACH ROW EXECUTE FUNCTION campaign_rows_finalized_readonly();
CREATE TRIGGER campaign_assignment_finalized_readonly BEFORE INSERT OR UPDATE OR DELETE ON campaign_assignment
    FOR EACH ROW EXECUTE FUNCTION campaign_rows_finalized_readonly();
CREATE TRIGGER result_run_finalized_readonly BEFORE INSERT OR UPDATE OR DELETE ON result_run
    FOR EACH ROW EXECUTE FUNCTION campaign_rows_finalized_readonly();
CREATE TRIGGER appeal_finalized_readonly BEFORE INSERT OR UPDATE OR DELETE ON appeal
    FOR EACH ROW EXECUTE FUNCTION campaign_rows_finalized_readonly();
CREATE TRIGGER campaign_publicity_finalized_readonly BEFORE INSERT OR UPDATE OR DELETE ON campaign_publicity
    FOR EACH ROW EXECUTE FUNCTION campaign_rows_finalized_readonly();
