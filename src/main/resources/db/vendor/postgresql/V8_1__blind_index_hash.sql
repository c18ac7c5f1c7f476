-- The blind indexes are looked up by equality only, and their values are keyed hashes: random, so
-- each B-tree insert dirtied a random leaf page of an index of full 32-character keys. A hash index
-- keeps a 4-byte hash code per entry and leaves NULL (no landline, most contacts) out: an import
-- writes smaller indexes and a third less WAL for them.
DROP INDEX contact_address_email;
DROP INDEX contact_address_mobile;
DROP INDEX contact_address_landline;
CREATE INDEX contact_address_email ON contact_address USING HASH (email_index);
CREATE INDEX contact_address_mobile ON contact_address USING HASH (mobile_index);
CREATE INDEX contact_address_landline ON contact_address USING HASH (landline_index);
