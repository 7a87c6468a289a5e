-- Rubrics may now come from copied text and Word tables. PostgreSQL named the column's check rubric_origin_check.
ALTER TABLE rubric DROP CONSTRAINT rubric_origin_check;
ALTER TABLE rubric ADD CONSTRAINT rubric_origin_check
    CHECK (origin IN ('BUILT_IN', 'YAML', 'EXCEL', 'TEXT', 'WORD'));
