package org.rempart.vault.internal;

import java.security.GeneralSecurityException;
import org.rempart.audit.CheckpointSigner;
import org.springframework.stereotype.Component;

/** Signs audit checkpoints with the Ed25519 key of the data directory. */
@Component
class TinkCheckpointSigner implements CheckpointSigner {

    private final Keysets keys;

    TinkCheckpointSigner(Keysets keys) {
        this.keys = keys;
    }

    @Override
    public byte[] sign(byte[] data) {
        try {
            return keys.signer().sign(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign an audit checkpoint", e);
        }
    }

    @Override
    public boolean verify(byte[] data, byte[] signature) {
        try {
            keys.verifier().verify(signature, data);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
