package org.rempart.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.rempart.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;

@StorageTest
class EncryptedTempFilesTest {

    @Autowired
    EncryptedTempFiles files;

    @Test
    void whatIsWrittenIsOnDiskOnlyAsCiphertextAndReadsBackWhole() throws IOException {
        String secret = "Quinzorbe;Jeanne;jeanne.quinzorbe@orange.fr;+33612345678\n".repeat(50_000);
        try (EncryptedTempFile file = files.create()) {
            try (var out = file.write()) {
                out.write(secret.getBytes(StandardCharsets.UTF_8));
            }
            byte[] raw = Files.readAllBytes(file.path());
            String onDisk = new String(raw, StandardCharsets.ISO_8859_1);
            assertThat(raw.length).isGreaterThan(secret.length());
            assertThat(onDisk).doesNotContain("Quinzorbe", "orange.fr", "612345678");
            try (var in = file.read()) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(secret);
            }
            assertThat(file.path().getParent().getFileName().toString()).isEqualTo("tmp");
            var path = file.path();
            file.close();
            assertThat(path).doesNotExist();
        }
    }

    @Test
    void aTruncatedFileDoesNotReadAsIfComplete() throws IOException {
        try (EncryptedTempFile file = files.create()) {
            try (var out = file.write()) {
                out.write(new byte[3 << 20]);
            }
            byte[] raw = Files.readAllBytes(file.path());
            Files.write(file.path(), java.util.Arrays.copyOf(raw, raw.length - 100));
            assertThatThrownBy(() -> {
                try (var in = file.read()) {
                    in.readAllBytes();
                }
            }).isInstanceOf(IOException.class);
        }
    }
}
