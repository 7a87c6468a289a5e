-- Unit codes and user names are one whatever their letter case (ql001 is QL001, Eval1 is eval1).
-- H2 has no expression index: a generated lower-case column carries the uniqueness.
ALTER TABLE unit ADD COLUMN code_key VARCHAR(32) GENERATED ALWAYS AS (LOWER(code));
ALTER TABLE unit ADD CONSTRAINT uq_unit_code_key UNIQUE (code_key);
ALTER TABLE app_user ADD COLUMN username_key VARCHAR(64) GENERATED ALWAYS AS (LOWER(username));
ALTER TABLE app_user ADD CONSTRAINT uq_app_user_username_key UNIQUE (username_key);

-- Lengths are counted in characters (code points), as PostgreSQL's VARCHAR(n) counts them; H2 counts UTF-16 units,
-- so a name of 200 characters beyond the basic plane (such as 𠀀) needs 400 there.
ALTER TABLE unit ALTER COLUMN name SET DATA TYPE VARCHAR(400);
ALTER TABLE unit ALTER COLUMN ranking_group SET DATA TYPE VARCHAR(128);
ALTER TABLE unit ALTER COLUMN contact_name SET DATA TYPE VARCHAR(128);
ALTER TABLE app_user ALTER COLUMN display_name SET DATA TYPE VARCHAR(200);
ALTER TABLE campaign ALTER COLUMN name SET DATA TYPE VARCHAR(400);
ALTER TABLE ledger_case ALTER COLUMN document_number SET DATA TYPE VARCHAR(200);
ALTER TABLE ledger_case ALTER COLUMN issuing_body SET DATA TYPE VARCHAR(400);
ALTER TABLE inspection_record ALTER COLUMN inspector SET DATA TYPE VARCHAR(200);
