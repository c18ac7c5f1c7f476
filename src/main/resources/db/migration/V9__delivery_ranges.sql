-- Workers claim a campaign's deliveries by range of contact ids, one row per range, instead of
-- locking and leasing each delivery: a delivery row is then written once after its snapshot, with
-- its result, and that write touches no indexed column (status left the indexes with the claim
-- index), so PostgreSQL keeps it on the row's page without index entries (a HOT update).
DROP INDEX delivery_claim;
ALTER TABLE delivery DROP COLUMN lease_owner;
ALTER TABLE delivery DROP COLUMN lease_until;

-- How far, in contact ids, the campaign's deliveries have been cut into ranges.
ALTER TABLE dispatch ADD COLUMN claimed_to BIGINT DEFAULT 0 NOT NULL;

-- A range of a campaign's deliveries (first_contact to last_contact) that still has pending ones:
-- held by a node's lease while it sends them, and otherwise due again at due_at (the earliest
-- retry in it). A range with nothing pending left is deleted.
CREATE TABLE delivery_range (
    campaign_id   BIGINT NOT NULL,
    first_contact BIGINT NOT NULL,
    last_contact  BIGINT NOT NULL,
    due_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_owner   VARCHAR(64),
    lease_until   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (campaign_id, first_contact)
);
CREATE INDEX delivery_range_due ON delivery_range (campaign_id, due_at);
