-- Unit codes and user names are one whatever their letter case (ql001 is QL001, Eval1 is eval1).
-- H2 has no expression index: a generated lower-case column carries the uniqueness.
ALTER TABLE unit ADD COLUMN code_key VARCHAR(32) GENERATED ALWAYS AS (LOWER(code));
ALTER TABLE unit ADD CONSTRAINT uq_unit_code_key UNIQUE (code_key);
ALTER TABLE app_user ADD COLUMN username_key VARCHAR(64) GENERATED ALWAYS AS (LOWER(username));
ALTER TABLE app_user ADD CONSTRAINT uq_app_user_username_key UNIQUE (username_key);
