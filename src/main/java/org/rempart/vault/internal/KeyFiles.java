package org.rempart.vault.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;
import org.rempart.platform.DataDirectory;

/**
 * The keyset files in {@code <data dir>/keys} (0700, files 0600): written whole through a
 * temporary file and a rename, encrypted under the master key when there is one. The name of the
 * keyset is its associated data, so that one file cannot stand in for another.
 */
class KeyFiles {

    private static final String SALT_FILE = "master-password.salt";

    private final Path directory;

    KeyFiles(DataDirectory dataDirectory) {
        this.directory = dataDirectory.resolve("keys");
        new DataDirectory(directory).ensureExists();
    }

    Path directory() {
        return directory;
    }

    boolean exists(String name) {
        return Files.exists(file(name));
    }

    boolean anyKeyset() {
        try (var files = Files.list(directory)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isEncrypted(String name) {
        return read(name).contains("\"encryptedKeyset\"");
    }

    KeysetHandle load(String name, MasterKey master) {
        String json = read(name);
        try {
            Optional<Aead> aead = master.aead();
            if (json.contains("\"encryptedKeyset\"")) {
                if (aead.isEmpty()) {
                    throw new VaultStartupException("The keysets in " + directory + " are encrypted, and no master key is configured.",
                            "Set REMPART_MASTER_PASSWORD (or REMPART_KMS_KEY_URI) to the value they were created with.");
                }
                return TinkJsonProtoKeysetFormat.parseEncryptedKeyset(json, aead.get(), associatedData(name));
            }
            return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new VaultStartupException("The keyset " + file(name) + " cannot be opened with " + master.description() + ".",
                    "Set the master password or KMS key these keys were created with; Rempart never replaces existing keys.");
        }
    }

    void store(String name, KeysetHandle keyset, MasterKey master) {
        try {
            Optional<Aead> aead = master.aead();
            String json = aead.isPresent()
                    ? TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(keyset, aead.get(), associatedData(name))
                    : TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
            write(name + ".json", json);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot serialise the keyset " + name, e);
        }
    }

    /** A public keyset (no secret): readable by verification tools without the master key. */
    void storePublic(String name, KeysetHandle publicKeyset) {
        try {
            write(name + ".json", TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(publicKeyset));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot serialise the public keyset " + name, e);
        }
    }

    KeysetHandle loadPublic(String name) {
        try {
            return TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(read(name));
        } catch (GeneralSecurityException e) {
            throw new VaultStartupException("The public keyset " + file(name) + " is damaged.",
                    "Restore it from a backup of the data directory.");
        }
    }

    /** The salt of the master password's key derivation, created once. */
    byte[] passwordSalt(SecureRandom random) {
        Path salt = directory.resolve(SALT_FILE);
        try {
            if (Files.exists(salt)) {
                return Files.readAllBytes(salt);
            }
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            writeBytes(SALT_FILE, bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String read(String name) {
        try {
            return Files.readString(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the keyset " + file(name), e);
        }
    }

    private Path file(String name) {
        return directory.resolve(name + ".json");
    }

    private void write(String fileName, String content) {
        writeBytes(fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    private void writeBytes(String fileName, byte[] content) {
        try {
            Path temporary = Files.createTempFile(directory, fileName, ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(temporary, content);
            Files.move(temporary, directory.resolve(fileName), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + directory.resolve(fileName), e);
        }
    }

    private static byte[] associatedData(String name) {
        return ("rempart-keyset:" + name).getBytes(StandardCharsets.UTF_8);
    }
}
