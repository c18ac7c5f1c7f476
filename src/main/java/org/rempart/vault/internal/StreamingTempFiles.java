package org.rempart.vault.internal;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import org.rempart.platform.DataDirectory;
import org.rempart.vault.EncryptedTempFile;
import org.rempart.vault.EncryptedTempFiles;
import org.springframework.stereotype.Service;

/**
 * Temporary files under {@code <data dir>/tmp}, each encrypted with AES-256-GCM-HKDF streaming
 * (1 MB segments) under a keyset generated for it and kept only in memory. Files left by a
 * previous process are deleted at start: their keys are gone with it.
 */
@Service
class StreamingTempFiles implements EncryptedTempFiles {

    static {
        try {
            StreamingAeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Path directory;

    StreamingTempFiles(DataDirectory data) throws IOException {
        this.directory = new DataDirectory(data.resolve("tmp")).ensureExists().path();
        try (var leftovers = Files.list(directory)) {
            for (Path file : leftovers.filter(f -> f.getFileName().toString().endsWith(".enc")).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Override
    public EncryptedTempFile create() {
        try {
            Path file;
            try {
                file = Files.createTempFile(directory, "upload-", ".enc",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                file = Files.createTempFile(directory, "upload-", ".enc");
            }
            StreamingAead aead = KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB)
                    .getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
            return new TempFile(file, aead);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary file", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot create a temporary file key", e);
        }
    }

    private record TempFile(Path path, StreamingAead aead) implements EncryptedTempFile {

        private byte[] associatedData() {
            return path.getFileName().toString().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public OutputStream write() throws IOException {
            try {
                return aead.newEncryptingStream(Files.newOutputStream(path), associatedData());
            } catch (GeneralSecurityException e) {
                throw new IOException("Cannot encrypt the temporary file", e);
            }
        }

        @Override
        public InputStream read() throws IOException {
            try {
                return aead.newDecryptingStream(Files.newInputStream(path), associatedData());
            } catch (GeneralSecurityException e) {
                throw new IOException("Cannot decrypt the temporary file", e);
            }
        }

        @Override
        public void close() {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete a temporary file", e);
            }
        }

        @Override
        public String toString() {
            return "EncryptedTempFile[" + path.getFileName() + "]";
        }
    }
}
