package org.rempart.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.rempart.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@StorageTest
class VaultTest {

    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L * 100);

    @Autowired
    Vault vault;
    @Autowired
    JdbcClient jdbc;

    private static final ContactIdentity JEANNE = new ContactIdentity("Martin", "Jeanne", "jeanne.martin@orange.fr",
            "+33612345678", "+33145678912", LocalDate.of(1980, 2, 29));

    @Test
    void aRevealReturnsWhatWasStoredAndIsRecordedWithItsPurposeAndReason() {
        long id = IDS.incrementAndGet();
        vault.replace(Map.of(id, JEANNE));
        long before = lastSeq();
        ContactIdentity revealed = vault.revealOne(id, new AccessPurpose.Reveal(7, "customer called about an order"));
        assertThat(revealed).usingRecursiveComparison().isEqualTo(JEANNE);
        var entry = jdbc.sql("SELECT action, purpose, purpose_ref, reason, subjects, outcome FROM audit_entry WHERE seq > ? ORDER BY seq")
                .param(before).query().listOfRows();
        assertThat(entry).hasSize(1);
        assertThat(entry.getFirst()).containsEntry("action", "vault.reveal").containsEntry("purpose", "REVEAL")
                .containsEntry("reason", "customer called about an order").containsEntry("subjects", Long.toString(id))
                .containsEntry("outcome", "SUCCESS");
    }

    @Test
    void aDeliveryBatchIsOneAuditRecordListingItsContactsAsRanges() {
        long first = IDS.addAndGet(1000) - 999;
        Map<Long, ContactIdentity> batch = new java.util.HashMap<>();
        for (long id = first; id < first + 500; id++) {
            batch.put(id, new ContactIdentity(null, "P" + id, "p" + id + "@example.org", null, null, null));
        }
        vault.replace(batch);
        long before = lastSeq();
        var revealed = vault.reveal(batch.keySet(), new AccessPurpose.Delivery(42));
        assertThat(revealed.identities()).hasSize(500);
        assertThat(revealed.identities().get(first + 10).email()).isEqualTo("p" + (first + 10) + "@example.org");
        var rows = jdbc.sql("SELECT subjects, subject_count FROM audit_entry WHERE seq > ?").param(before).query()
                .listOfRows();
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().get("subjects")).isEqualTo(first + "-" + (first + 499));
        assertThat(((Number) rows.getFirst().get("subject_count")).longValue()).isEqualTo(500);
    }

    @Test
    void aMergeKeepsStoredFieldsThatTheUpdateLeavesEmpty() {
        long id = IDS.incrementAndGet();
        vault.replace(Map.of(id, JEANNE));
        vault.merge(Map.of(id, new ContactIdentity(null, null, "jeanne@free.fr", null, null, null)));
        var identity = vault.revealOne(id, new AccessPurpose.SubjectAccess(id));
        assertThat(identity.email()).isEqualTo("jeanne@free.fr");
        assertThat(identity.lastName()).isEqualTo("Martin");
        assertThat(identity.mobile()).isEqualTo("+33612345678");
    }

    @Test
    void screensGetMaskedValuesWithoutAnyAuditRecord() {
        long id = IDS.incrementAndGet();
        vault.replace(Map.of(id, JEANNE));
        long before = lastSeq();
        MaskedIdentity masked = vault.masked(List.of(id)).get(id);
        assertThat(masked.email()).isEqualTo("j***@o*****.fr");
        assertThat(masked.mobile()).isEqualTo("+33 6 ** ** ** 78");
        assertThat(masked.lastName()).isEqualTo("M***");
        assertThat(masked.birthYear()).isEqualTo(1980);
        assertThat(lastSeq()).isEqualTo(before);
    }

    @Test
    void aShreddedContactIsUnreadableForEveryPurposeAndTheAttemptIsRecorded() {
        long id = IDS.incrementAndGet();
        vault.replace(Map.of(id, JEANNE));
        vault.shred(id);
        assertThatThrownBy(() -> vault.revealOne(id, new AccessPurpose.Export(3)))
                .isInstanceOfSatisfying(VaultAccessException.class,
                        e -> assertThat(e.failure()).isEqualTo(VaultFailure.SHREDDED))
                .hasMessage("Contact " + id + ": SHREDDED");
        assertThat(vault.masked(List.of(id)).get(id).erased()).isTrue();
        assertThat(jdbc.sql("SELECT outcome FROM audit_entry WHERE action = 'vault.export' ORDER BY seq DESC")
                .query(String.class).list()).first().isEqualTo("FAILURE");
    }

    @Test
    void aBlobMovedToAnotherContactDoesNotDecrypt() {
        long victim = IDS.incrementAndGet();
        long attacker = IDS.incrementAndGet();
        vault.replace(Map.of(victim, JEANNE, attacker, new ContactIdentity("X", "Y", "x@y.fr", null, null, null)));
        byte[] victimBlob = jdbc.sql("SELECT blob FROM contact_pii WHERE contact_id = ?").param(victim)
                .query(byte[].class).single();
        jdbc.sql("UPDATE contact_pii SET blob = ? WHERE contact_id = ?").param(victimBlob).param(attacker).update();
        var result = vault.reveal(List.of(attacker), new AccessPurpose.Reveal(1, "checking a complaint"));
        assertThat(result.identities()).isEmpty();
        assertThat(result.failures()).containsEntry(attacker, VaultFailure.CORRUPTED);
    }

    @Test
    void aCorruptedBlobGivesATypedFailureAndNoPartialPlaintext() {
        long id = IDS.incrementAndGet();
        vault.replace(Map.of(id, JEANNE));
        byte[] blob = jdbc.sql("SELECT blob FROM contact_pii WHERE contact_id = ?").param(id).query(byte[].class).single();
        blob[blob.length / 2] ^= 1;
        jdbc.sql("UPDATE contact_pii SET blob = ? WHERE contact_id = ?").param(blob).param(id).update();
        assertThatThrownBy(() -> vault.revealOne(id, new AccessPurpose.SubjectAccess(id)))
                .isInstanceOfSatisfying(VaultAccessException.class,
                        e -> assertThat(e.failure()).isEqualTo(VaultFailure.CORRUPTED));
    }

    @Test
    void aKeyWithoutItsBlobIsCorruptedAndAWriteSealsItAgain() {
        long id = IDS.incrementAndGet();
        long other = IDS.incrementAndGet();
        vault.replace(Map.of(id, JEANNE, other, JEANNE));
        jdbc.sql("DELETE FROM contact_pii WHERE contact_id = ?").param(id).update();

        var result = vault.reveal(List.of(id, other), new AccessPurpose.Reveal(1, "checking a complaint"));
        assertThat(result.failures()).containsExactly(Map.entry(id, VaultFailure.CORRUPTED));
        assertThat(result.identities()).containsOnlyKeys(other);

        vault.merge(Map.of(id, new ContactIdentity(null, "Jeanne", null, null, null, null)));
        assertThat(vault.revealOne(id, new AccessPurpose.SubjectAccess(id)).firstName()).isEqualTo("Jeanne");
    }

    @Test
    void withoutAnAuditRecordNoPlaintextIsReturned() {
        long id = IDS.incrementAndGet();
        vault.replace(Map.of(id, JEANNE));
        jdbc.sql("ALTER TABLE audit_head RENAME TO audit_head_away").update();
        try {
            assertThatThrownBy(() -> vault.reveal(List.of(id), new AccessPurpose.Reveal(1, "audit is down")))
                    .isNotInstanceOf(VaultAccessException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Jeanne", "Martin", "orange"));
        } finally {
            jdbc.sql("ALTER TABLE audit_head_away RENAME TO audit_head").update();
        }
        assertThat(vault.revealOne(id, new AccessPurpose.Reveal(1, "audit is back")).firstName()).isEqualTo("Jeanne");
    }

    @Test
    void blindIndexesMatchEqualIdentifiersWrittenDifferently() {
        assertThat(vault.blindIndex(IndexedField.EMAIL, " Jeanne.Martin@ORANGE.fr"))
                .isEqualTo(vault.blindIndex(IndexedField.EMAIL, "jeanne.martin@orange.fr"));
        assertThat(vault.blindIndex(IndexedField.MOBILE, "06 12 34 56 78"))
                .isEqualTo(vault.blindIndex(IndexedField.MOBILE, "+33612345678"));
        assertThat(vault.blindIndex(IndexedField.MOBILE, "+33612345678").orElseThrow().hex())
                .isNotEqualTo(vault.blindIndex(IndexedField.LANDLINE, "+33612345678").orElseThrow().hex());
        assertThat(vault.blindIndex(IndexedField.MOBILE, "not a number")).isEmpty();
    }

    private long lastSeq() {
        return jdbc.sql("SELECT last_seq FROM audit_head").query(Long.class).single();
    }
}
