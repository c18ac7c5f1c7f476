-- The vault's tables: only ciphertext, never a readable identifier.
-- The data key of each contact, wrapped by the key-encryption keyset; deleting the row shreds the contact.
CREATE TABLE contact_key (
    contact_id  BIGINT PRIMARY KEY,
    wrapped_key BYTEA   NOT NULL,
    kek_key_id  BIGINT  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX contact_key_kek ON contact_key (kek_key_id, contact_id);

-- The direct identifiers of each contact, one AEAD blob under its own data key.
CREATE TABLE contact_pii (
    contact_id BIGINT PRIMARY KEY,
    blob       BYTEA NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A value computed with each keyset, so that a start with the wrong keys is refused.
CREATE TABLE vault_key_check (
    name        VARCHAR(64) PRIMARY KEY,
    check_value BYTEA NOT NULL
);
