-- Whom a campaign's audience left out so far, by reason, counted by the statement that writes each
-- chunk (PostgreSQL; on H2, right after it in its transaction): the figures are those of the
-- snapshot itself, whatever consents or suppressions change while the rest is written.
ALTER TABLE dispatch ADD COLUMN audience_no_address BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE dispatch ADD COLUMN audience_no_consent BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE dispatch ADD COLUMN audience_suppressed BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE dispatch ADD COLUMN audience_over_cap BIGINT DEFAULT 0 NOT NULL;
