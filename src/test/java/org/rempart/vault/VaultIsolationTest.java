package org.rempart.vault;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Only the vault touches Tink and the ciphertext tables. */
class VaultIsolationTest {

    private static final List<String> CIPHERTEXT_TABLES = List.of("contact_key", "contact_pii", "wrapped_key");

    @Test
    void noClassOutsideTheVaultUsesTink() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.rempart");
        noClasses().that().resideOutsideOfPackage("org.rempart.vault..")
                .should().dependOnClassesThat().resideInAPackage("com.google.crypto.tink..")
                .because("only the vault turns ciphertext into plaintext")
                .check(classes);
    }

    @Test
    void noClassOutsideTheVaultNamesTheCiphertextTables() throws IOException {
        Path classes = Path.of("target/classes/org/rempart");
        assertThat(classes).isDirectory();
        try (Stream<Path> files = Files.walk(classes)) {
            var offenders = files.filter(f -> f.toString().endsWith(".class"))
                    .filter(f -> !classes.relativize(f).startsWith("vault"))
                    .filter(VaultIsolationTest::mentionsCiphertext)
                    .map(f -> classes.relativize(f).toString())
                    .toList();
            assertThat(offenders).isEmpty();
        }
    }

    private static boolean mentionsCiphertext(Path classFile) {
        try {
            // Constant-pool strings (SQL included) are stored as modified UTF-8: ASCII names read as is.
            String content = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
            return CIPHERTEXT_TABLES.stream().anyMatch(content::contains);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
