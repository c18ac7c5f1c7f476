-- TOTP keys are now sealed by the vault (Base64 of an AEAD ciphertext), longer than the Base32 key.
ALTER TABLE operator ALTER COLUMN totp_secret SET DATA TYPE VARCHAR(200);
