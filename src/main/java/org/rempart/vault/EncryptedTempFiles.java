package org.rempart.vault;

/** Creates {@link EncryptedTempFile}s in the private data directory, each under its own ephemeral key. */
public interface EncryptedTempFiles {

    EncryptedTempFile create();
}
