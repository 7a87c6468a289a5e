-- Defence in depth: a published rubric cannot be changed or deleted, whatever the application does.
CREATE FUNCTION rubric_published_immutable() RETURNS trigger AS $$
BEGIN
    IF OLD.status = 'PUBLISHED' THEN
        RAISE EXCEPTION 'rubric %/% is published and cannot be changed', OLD.code, OLD.version;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER rubric_published_immutable
    BEFORE UPDATE OR DELETE ON rubric
    FOR EACH ROW EXECUTE FUNCTION rubric_published_immutable();
