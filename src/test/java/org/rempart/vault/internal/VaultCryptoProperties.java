package org.rempart.vault.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.rempart.vault.ContactIdentity;
import org.rempart.vault.IndexedField;

/** Round trips and blind-index stability over generated identities, with real keys. */
class VaultCryptoProperties {

    private final Keysets keys = keysets();
    private final ContactCipher cipher = new ContactCipher(keys, new SecureRandom());

    @Property(tries = 300)
    void anIdentityDecryptsToItselfUnderItsOwnContactOnly(@ForAll("identities") ContactIdentity identity,
            @ForAll long contactId) throws Exception {
        var sealed = cipher.seal(IdentityCodec.encode(identity), contactId);
        byte[] blob = sealed.blob();
        byte[] unwrapped = cipher.unwrap(sealed.wrappedKey(), contactId);
        assertThat(IdentityCodec.decode(cipher.decrypt(unwrapped, blob, contactId))).usingRecursiveComparison()
                .isEqualTo(identity);
        assertThatThrownBy(() -> cipher.decrypt(unwrapped, blob, contactId + 1))
                .isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> cipher.unwrap(sealed.wrappedKey(), contactId + 1))
                .isInstanceOf(GeneralSecurityException.class);
    }

    @Property(tries = 300)
    void aBlindIndexDependsOnTheNormalFormOnly(@ForAll("localParts") String local) throws Exception {
        String email = local + "@orange.fr";
        String shouted = "  " + email.toUpperCase(java.util.Locale.ROOT) + " ";
        assertThat(index(IndexedField.EMAIL, email)).isEqualTo(index(IndexedField.EMAIL, shouted));
        assertThat(index(IndexedField.EMAIL, email)).isNotEqualTo(index(IndexedField.EMAIL, email + "x"));
        // Each field has its own key: the same bytes index differently.
        assertThat(index(IndexedField.MOBILE, email)).isNotEqualTo(index(IndexedField.EMAIL, email));
    }

    private String index(IndexedField field, String value) throws GeneralSecurityException {
        String normal = field == IndexedField.EMAIL
                ? org.rempart.vault.Identifiers.normalizeEmail(value).orElseThrow() : value;
        return HexFormat.of().formatHex(keys.blindIndex(field).computePrimary(normal.getBytes(), 16));
    }

    @Provide
    Arbitrary<String> localParts() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars('.', '_', '-').ofMinLength(1).ofMaxLength(40);
    }

    @Provide
    Arbitrary<ContactIdentity> identities() {
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(80).injectNull(0.2);
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(-30000, 30000).map(LocalDate::ofEpochDay)
                .injectNull(0.2);
        return Combinators.combine(text, text, text, text, text, dates).as(ContactIdentity::new);
    }

    private static Keysets keysets() {
        try {
            Map<IndexedField, com.google.crypto.tink.KeysetHandle> blind = new EnumMap<>(IndexedField.class);
            for (IndexedField field : IndexedField.values()) {
                blind.put(field, Keysets.newBlindIndexKey());
            }
            var signing = Keysets.newSigningKey();
            return new Keysets(Keysets.newKek(), blind, signing, signing.getPublicKeysetHandle());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
