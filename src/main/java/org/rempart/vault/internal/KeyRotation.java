package org.rempart.vault.internal;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.rempart.audit.AuditLog;
import org.rempart.audit.AuditRecord;
import org.rempart.audit.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rotation of the key-encryption key: a new primary key is added (old ones stay, so every data
 * key still unwraps), then the data keys are re-wrapped under it in the background, batch by
 * batch, with progress. Contact blobs are untouched: their data keys do not change.
 */
@Component
public class KeyRotation {

    private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);
    private static final int BATCH = 1000;

    /** Where a rotation stands. */
    public record Status(String state, int primaryKeyId, long total, long done, Instant startedAt, Instant finishedAt) {
    }

    private final Keysets keys;
    private final KeyFiles files;
    private final MasterKey master;
    private final KeyCheck check;
    private final VaultRepository repository;
    private final ContactCipher cipher;
    private final AuditLog audit;
    private final Clock clock;
    private final AtomicReference<Status> status;

    KeyRotation(Keysets keys, KeyFiles files, MasterKey master, KeyCheck check, VaultRepository repository,
            ContactCipher cipher, AuditLog audit, Clock clock) {
        this.keys = keys;
        this.files = files;
        this.master = master;
        this.check = check;
        this.repository = repository;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
        this.status = new AtomicReference<>(new Status("IDLE", keys.kek().primaryId(), 0, 0, null, null));
    }

    public Status status() {
        return status.get();
    }

    /** Makes a new primary key, then re-wraps in a background thread; refused while one runs. */
    public synchronized Status start() {
        Status started = rotateKey();
        Thread.ofVirtual().name("key-rotation").start(this::rewrapAll);
        return started;
    }

    /** The same, re-wrapping in the calling thread (the command line). */
    public synchronized Status runToCompletion() {
        rotateKey();
        rewrapAll();
        return status();
    }

    private Status rotateKey() {
        if ("RUNNING".equals(status.get().state())) {
            throw new IllegalStateException("A key rotation is already running");
        }
        try {
            KeysetHandle rotated = KeysetHandle.newBuilder(keys.kek().handle())
                    .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                            .withRandomId().makePrimary())
                    .build();
            files.store(Keysets.DATA_KEK, rotated, master);
            keys.useKek(rotated);
            check.refreshKek(keys);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot rotate the key-encryption key", e);
        }
        int primary = keys.kek().primaryId();
        Status running = new Status("RUNNING", primary, repository.countNotUnder(primary), 0, clock.instant(), null);
        status.set(running);
        audit.append(AuditRecord.action("vault.keys.rotate", Outcome.SUCCESS,
                "new primary key " + primary + ", " + running.total() + " data keys to re-wrap"));
        log.info("Key-encryption key rotated: new primary {}, {} data keys to re-wrap", primary, running.total());
        return running;
    }

    private void rewrapAll() {
        Status running = status.get();
        int primary = running.primaryKeyId();
        long done = 0;
        long after = Long.MIN_VALUE;
        try {
            List<VaultRepository.KeyRow> batch;
            while (!(batch = repository.nextNotUnder(primary, after, BATCH)).isEmpty()) {
                List<VaultRepository.KeyRow> rewrapped = new ArrayList<>(batch.size());
                for (VaultRepository.KeyRow row : batch) {
                    ContactCipher.DataKey key = cipher.rewrap(row.wrappedKey(), row.contactId());
                    Arrays.fill(key.key(), (byte) 0);
                    rewrapped.add(new VaultRepository.KeyRow(row.contactId(), key.wrapped(), key.kekId()));
                }
                repository.updateWrappedKeys(rewrapped);
                done += batch.size();
                after = batch.getLast().contactId();
                status.set(new Status("RUNNING", primary, running.total(), done, running.startedAt(), null));
            }
            status.set(new Status("DONE", primary, running.total(), done, running.startedAt(), clock.instant()));
            audit.append(AuditRecord.action("vault.keys.rewrap", Outcome.SUCCESS, done + " data keys re-wrapped"));
            log.info("Key rotation finished: {} data keys re-wrapped", done);
        } catch (GeneralSecurityException | RuntimeException e) {
            status.set(new Status("FAILED", primary, running.total(), done, running.startedAt(), clock.instant()));
            audit.append(AuditRecord.action("vault.keys.rewrap", Outcome.FAILURE,
                    "stopped after " + done + " data keys: " + e.getClass().getSimpleName()));
            log.error("Key rotation stopped after {} data keys; run it again to finish", done, e);
        }
    }
}
