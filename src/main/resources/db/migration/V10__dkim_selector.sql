-- A domain's own selector, for a key an administrator imported under it (a rotation publishes the
-- new key under a new selector while mail signed with the old one is still being verified). NULL:
-- the configured selector (REMPART_DKIM_SELECTOR).
ALTER TABLE dkim_key ADD COLUMN selector VARCHAR(63);
