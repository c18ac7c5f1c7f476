package org.rempart.vault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * A temporary file whose bytes are encrypted under a key that exists only in this process's
 * memory: an upload waiting to be processed is never on disk in clear, and once the process is
 * gone (or {@link #close()} deleted the file) what is left cannot be read. Write once, then read.
 */
public interface EncryptedTempFile extends AutoCloseable {

    /** The encrypting stream to write the content through, once. */
    OutputStream write() throws IOException;

    /** A decrypting stream over the whole content; a truncated or altered file fails to read. */
    InputStream read() throws IOException;

    /** Where the ciphertext lies (for checks; its bytes are meaningless without the key). */
    Path path();

    /** Deletes the file; the key is dropped with this object. */
    @Override
    void close();
}
