-- Guarded status moves: a move made despite overridable issues keeps the organiser's reason and what was overridden.
ALTER TABLE campaign_transition ADD COLUMN override_reason TEXT;
ALTER TABLE campaign_transition ADD COLUMN overridden TEXT;

-- The publicity window (公示期) and whether the campaign's public notice page is on.
CREATE TABLE campaign_publicity (
    campaign_id   BIGINT  NOT NULL PRIMARY KEY REFERENCES campaign (id) ON DELETE CASCADE,
    starts_on     DATE    NOT NULL,
    ends_on       DATE    NOT NULL,
    public_notice BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT ck_campaign_publicity_window CHECK (ends_on >= starts_on)
);
