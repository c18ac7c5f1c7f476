package org.rempart.vault.internal;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.rempart.vault.ContactIdentity;
import org.rempart.vault.IdentitySealer;
import org.rempart.vault.SealedIdentity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class TinkIdentitySealer implements IdentitySealer {

    private final ContactCipher cipher;
    private final SealedIdentityRepository repository;

    TinkIdentitySealer(ContactCipher cipher, SealedIdentityRepository repository) {
        this.cipher = cipher;
        this.repository = repository;
    }

    /** Ciphertext and wrapped key of one new contact. */
    private record Sealed(long contactId, byte[] wrappedKey, int kekId, byte[] blob) implements SealedIdentity {
        @Override
        public String toString() {
            return "SealedIdentity[" + contactId + "]";
        }
    }

    @Override
    public SealedIdentity seal(long contactId, ContactIdentity identity) {
        try {
            ContactCipher.Sealed sealed = cipher.seal(IdentityCodec.encode(identity), contactId);
            return new Sealed(contactId, sealed.wrappedKey(), sealed.kekId(), sealed.blob());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a contact identity: " + e.getClass().getSimpleName());
        }
    }

    @Override
    @Transactional
    public void store(Collection<SealedIdentity> sealed) {
        List<SealedIdentityRepository.Row> rows = new ArrayList<>(sealed.size());
        for (SealedIdentity item : sealed) {
            Sealed s = (Sealed) item;
            rows.add(new SealedIdentityRepository.Row(s.contactId(), s.wrappedKey(), s.kekId(), s.blob()));
        }
        repository.insert(rows);
    }
}
