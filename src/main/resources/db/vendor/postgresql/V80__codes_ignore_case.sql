-- Unit codes and user names are one whatever their letter case (ql001 is QL001, Eval1 is eval1).
CREATE UNIQUE INDEX uq_unit_code_key ON unit (lower(code));
CREATE UNIQUE INDEX uq_app_user_username_key ON app_user (lower(username));
