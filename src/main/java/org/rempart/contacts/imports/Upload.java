package org.rempart.contacts.imports;

import org.rempart.vault.EncryptedTempFile;

/** A received upload: its bytes in an encrypted temporary file, their SHA-256 and count, and the form's options. */
record Upload(EncryptedTempFile file, String sha256, long bytes, ImportOptions options) {
}
