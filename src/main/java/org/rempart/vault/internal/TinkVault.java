package org.rempart.vault.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import org.rempart.audit.AuditLog;
import org.rempart.audit.AuditRecord;
import org.rempart.audit.ContactIds;
import org.rempart.audit.Outcome;
import org.rempart.vault.AccessGuard;
import org.rempart.vault.AccessPurpose;
import org.rempart.vault.BlindIndex;
import org.rempart.vault.ContactIdentity;
import org.rempart.vault.Identifiers;
import org.rempart.vault.IndexedField;
import org.rempart.vault.MaskedIdentity;
import org.rempart.vault.RevealedIdentities;
import org.rempart.vault.Vault;
import org.rempart.vault.VaultAccessException;
import org.rempart.vault.VaultFailure;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class TinkVault implements Vault {

    private final VaultRepository repository;
    private final ContactCipher cipher;
    private final Keysets keys;
    private final AuditLog audit;
    private final ObjectProvider<AccessGuard> guards;

    TinkVault(VaultRepository repository, ContactCipher cipher, Keysets keys, AuditLog audit,
            ObjectProvider<AccessGuard> guards) {
        this.repository = repository;
        this.cipher = cipher;
        this.keys = keys;
        this.audit = audit;
        this.guards = guards;
    }

    @Override
    @Transactional
    public void replace(Map<Long, ContactIdentity> identities) {
        write(identities, (stored, given) -> given);
    }

    @Override
    @Transactional
    public void merge(Map<Long, ContactIdentity> updates) {
        write(updates, ContactIdentity::mergedWith);
    }

    /** Encrypts each identity (combined with the stored one) under its contact's data key, created if missing. */
    private void write(Map<Long, ContactIdentity> identities, BinaryOperator<ContactIdentity> combine) {
        if (identities.isEmpty()) {
            return;
        }
        Map<Long, VaultRepository.SealedRow> existing = repository.sealed(identities.keySet());
        List<VaultRepository.KeyRow> newKeys = new ArrayList<>();
        Map<Long, byte[]> blobs = new HashMap<>();
        try {
            for (var entry : identities.entrySet()) {
                long id = entry.getKey();
                VaultRepository.SealedRow row = existing.get(id);
                if (row == null) {
                    ContactIdentity identity = combine.apply(ContactIdentity.EMPTY, entry.getValue());
                    ContactCipher.Sealed sealed = cipher.seal(IdentityCodec.encode(identity), id);
                    newKeys.add(new VaultRepository.KeyRow(id, sealed.wrappedKey(), sealed.kekId()));
                    blobs.put(id, sealed.blob());
                    continue;
                }
                byte[] dataKey = cipher.unwrap(row.key().wrappedKey(), id);
                try {
                    byte[] blob = row.blob();
                    ContactIdentity stored = blob == null ? ContactIdentity.EMPTY
                            : IdentityCodec.decode(cipher.decrypt(dataKey, blob, id));
                    ContactIdentity result = combine.apply(stored, entry.getValue());
                    blobs.put(id, cipher.encrypt(dataKey, IdentityCodec.encode(result), id));
                } finally {
                    Arrays.fill(dataKey, (byte) 0);
                }
            }
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot encrypt contact identities: " + e.getClass().getSimpleName());
        }
        repository.insertKeys(newKeys);
        repository.replaceBlobs(blobs);
    }

    @Override
    public RevealedIdentities reveal(Collection<Long> contactIds, AccessPurpose purpose) {
        var ids = new ArrayList<>(new LinkedHashSet<>(contactIds));
        try {
            guards.orderedStream().forEach(guard -> guard.check(purpose, ids));
        } catch (RuntimeException refused) {
            audit.append(record(purpose, ids, Outcome.DENIED, "refused by the access guard"));
            throw refused;
        }
        var decrypted = decrypt(ids);
        List<AuditRecord> records = new ArrayList<>();
        if (!decrypted.identities().isEmpty()) {
            records.add(record(purpose, decrypted.identities().keySet(), Outcome.SUCCESS, null));
        }
        if (!decrypted.failures().isEmpty()) {
            records.add(record(purpose, decrypted.failures().keySet(), Outcome.FAILURE,
                    "not decrypted: " + decrypted.failures().values().stream().distinct().sorted().toList()));
        }
        // Recorded before anything is returned: if this throws, no plaintext leaves.
        audit.appendAll(records);
        return decrypted;
    }

    @Override
    public ContactIdentity revealOne(long contactId, AccessPurpose purpose) {
        RevealedIdentities revealed = reveal(List.of(contactId), purpose);
        VaultFailure failure = revealed.failures().get(contactId);
        if (failure != null) {
            throw new VaultAccessException(contactId, failure);
        }
        return revealed.identities().get(contactId);
    }

    private static AuditRecord record(AccessPurpose purpose, Collection<Long> ids, Outcome outcome, String detail) {
        String reason = purpose instanceof AccessPurpose.Reveal reveal ? reveal.reason() : null;
        return new AuditRecord(null, "vault." + purpose.kind().toLowerCase(Locale.ROOT), purpose.kind(),
                purpose.reference(), reason, ContactIds.of(ids), null, outcome, detail);
    }

    @Override
    public Map<Long, MaskedIdentity> masked(Collection<Long> contactIds) {
        var decrypted = decrypt(new ArrayList<>(new LinkedHashSet<>(contactIds)));
        Map<Long, MaskedIdentity> masked = new HashMap<>();
        decrypted.identities().forEach((id, identity) -> masked.put(id, Masking.of(identity)));
        decrypted.failures().forEach((id, failure) -> masked.put(id, MaskedIdentity.ERASED));
        return masked;
    }

    private RevealedIdentities decrypt(List<Long> ids) {
        Map<Long, VaultRepository.SealedRow> rows = repository.sealed(ids);
        Map<Long, ContactIdentity> identities = new HashMap<>();
        Map<Long, VaultFailure> failures = new HashMap<>();
        for (long id : ids) {
            VaultRepository.SealedRow row = rows.get(id);
            if (row == null) {
                failures.put(id, VaultFailure.SHREDDED);
                continue;
            }
            byte[] blob = row.blob();
            byte[] dataKey;
            try {
                dataKey = cipher.unwrap(row.key().wrappedKey(), id);
            } catch (GeneralSecurityException e) {
                failures.put(id, VaultFailure.WRONG_KEY);
                continue;
            }
            try {
                if (blob == null) {
                    failures.put(id, VaultFailure.CORRUPTED);
                } else {
                    identities.put(id, IdentityCodec.decode(cipher.decrypt(dataKey, blob, id)));
                }
            } catch (GeneralSecurityException | IOException e) {
                failures.put(id, VaultFailure.CORRUPTED);
            } finally {
                Arrays.fill(dataKey, (byte) 0);
            }
        }
        return new RevealedIdentities(identities, failures);
    }

    @Override
    public Optional<BlindIndex> blindIndex(IndexedField field, String rawValue) {
        Optional<String> normal = field == IndexedField.EMAIL
                ? Identifiers.normalizeEmail(rawValue)
                : Identifiers.normalizePhone(rawValue);
        return normal.map(value -> {
            try {
                byte[] mac = keys.blindIndex(field).computePrimary(value.getBytes(StandardCharsets.UTF_8), 16);
                return new BlindIndex(field, HexFormat.of().formatHex(mac));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Cannot compute a blind index", e);
            }
        });
    }

    @Override
    @Transactional
    public void shred(long contactId) {
        boolean shredded = repository.shred(contactId);
        audit.append(new AuditRecord(null, "vault.shred", null, null, null, ContactIds.of(contactId), null,
                shredded ? Outcome.SUCCESS : Outcome.FAILURE, shredded ? null : "no data key"));
    }
}
