package org.rempart.vault.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import org.rempart.vault.SecretBox;
import org.springframework.stereotype.Component;

/** Secrets sealed with the key-encryption keyset (still readable after a rotation), as Base64 text. */
@Component
class KeysetSecretBox implements SecretBox {

    private final Keysets keys;

    KeysetSecretBox(Keysets keys) {
        this.keys = keys;
    }

    @Override
    public String seal(String secret, String context) {
        try {
            return Base64.getEncoder().encodeToString(
                    keys.kekAead().encrypt(secret.getBytes(StandardCharsets.UTF_8), associatedData(context)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a secret", e);
        }
    }

    @Override
    public String open(String sealed, String context) {
        try {
            return new String(keys.kekAead().decrypt(Base64.getDecoder().decode(sealed), associatedData(context)),
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A sealed secret does not open for " + context);
        }
    }

    private static byte[] associatedData(String context) {
        return ("rempart-secret:" + context).getBytes(StandardCharsets.UTF_8);
    }
}
