-- Audit trail (审计日志): append-only and hash-chained. Each entry's hash is
-- SHA-256(prev_hash || canonical entry); see docs/decisions.md (D-audit) for the canonical form.
-- Ids are handed out by audit_chain_head, one by one and without gaps, so a missing id is a removed entry.
CREATE TABLE audit_entry (
    id             BIGINT       NOT NULL PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(200) NOT NULL,
    client_address VARCHAR(64),
    action         VARCHAR(64)  NOT NULL,
    entity_type    VARCHAR(64)  NOT NULL,
    entity_id      VARCHAR(300),
    before_json    TEXT,
    after_json     TEXT,
    reason         TEXT,
    prev_hash      VARCHAR(64)  NOT NULL,
    hash           VARCHAR(64)  NOT NULL
);

CREATE INDEX ix_audit_entry_occurred_at ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_entity ON audit_entry (entity_type, entity_id);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor);
CREATE INDEX ix_audit_entry_action ON audit_entry (action);

COMMENT ON TABLE audit_entry IS '审计日志(只追加;哈希链防篡改)';

-- One row: the end of the chain. Appenders lock it (SELECT ... FOR UPDATE), which serialises appends.
CREATE TABLE audit_chain_head (
    id        INTEGER  NOT NULL PRIMARY KEY CHECK (id = 1),
    last_id   BIGINT   NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);

INSERT INTO audit_chain_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

COMMENT ON TABLE audit_chain_head IS '审计日志哈希链的末端(追加时加锁)';
