-- A campaign's audience is written into its deliveries in chunks of contact ids, each committed on
-- its own, so that its first messages leave while the rest is still being written. What the
-- writer needs is kept here, so that any node takes the writing over when its writer stopped.
-- The segment filter, and the frequency cap in force at the send.
ALTER TABLE dispatch ADD COLUMN audience_filter VARCHAR(20000);
ALTER TABLE dispatch ADD COLUMN frequency_cap INT;
-- The time of the send: the deliveries' creation time and the end of the frequency cap's window.
ALTER TABLE dispatch ADD COLUMN audience_at TIMESTAMP WITH TIME ZONE;
-- The last contact id written so far; NULL once the audience is complete and its figures recorded.
ALTER TABLE dispatch ADD COLUMN audience_to BIGINT;
-- The deliveries written so far.
ALTER TABLE dispatch ADD COLUMN audience_written BIGINT;
-- The highest contact id of the audience at the send: later contacts are not in it.
ALTER TABLE dispatch ADD COLUMN audience_end BIGINT;
-- Until when the writer holds the writing; another node takes it over after that.
ALTER TABLE dispatch ADD COLUMN audience_lease TIMESTAMP WITH TIME ZONE;
