-- A document number (文号) names one document however its brackets, widths and spaces are typed
-- (瓯纪〔2025〕7号, 瓯纪[2025]7号 and 瓯纪（2025）7号 are one). The comparison key (DocumentNumber.key, computed
-- by the application) is kept beside each case so that the database, too, refuses a second case of a unit
-- for the same document. Kept in its own table: rows of finalized campaigns' cases are read-only.
CREATE TABLE ledger_document_key (
    case_id      BIGINT        NOT NULL PRIMARY KEY REFERENCES ledger_case (id) ON DELETE CASCADE,
    unit_code    VARCHAR(32)   NOT NULL,
    document_key VARCHAR(2000) NOT NULL,
    CONSTRAINT uq_ledger_document_key UNIQUE (unit_code, document_key)
);

COMMENT ON TABLE ledger_document_key IS '文号的比较键(括号、全半角、空格归一),保证同一单位同一文件只登记一次';
