-- One DKIM signing key per sending domain, RSA-2048, generated on first use. The private key is
-- sealed by the vault's key-encryption keyset (never stored in clear); the public key is what the
-- domain publishes in DNS.
CREATE TABLE dkim_key (
    domain      VARCHAR(253) PRIMARY KEY,
    private_key VARCHAR(4000) NOT NULL,
    public_key  VARCHAR(1000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
