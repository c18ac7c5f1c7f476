package org.rempart.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rempart.StorageTest;
import org.rempart.audit.Actor;
import org.rempart.audit.AuditLog;
import org.rempart.audit.AuditRecord;
import org.rempart.audit.AuditVerification;
import org.rempart.audit.ContactIds;
import org.rempart.audit.Outcome;
import org.rempart.audit.RequestOrigin;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.rempart.platform.CommandLine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A database superuser tampers with the log directly in SQL, triggers disabled; verification names
 * the first sequence number it can no longer trust. Each test starts from an intact log of twelve
 * entries with a signed checkpoint after the sixth, and puts the log back afterwards. Its own
 * context (hence its own database): no background verification or checkpoint interferes.
 */
@StorageTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {"rempart.audit.checkpoint-interval=1h", "rempart.audit.verify-at-start=false"})
class TamperingTest {

    @Autowired
    AuditLog auditLog;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    CheckpointWriter checkpoints;
    @Autowired
    CheckpointFile checkpointFile;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StartupVerification startup;
    @Autowired
    ChainVerification chain;
    @Autowired
    CommandLine commandLine;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    MockMvc mvc;

    ChainTampering tampering;
    /** The twelve entries of the test; a checkpoint signs the sixth. */
    List<Long> seqs;
    long k;

    @BeforeEach
    void intactLog() {
        tampering = new ChainTampering(dataSource, checkpointFile.path());
        tampering.save();
        seqs = new ArrayList<>(auditLog.appendAll(records(6)));
        checkpoints.writeIfMoved();
        seqs.addAll(auditLog.appendAll(records(6)));
        k = seqs.get(8);
        AuditVerification intact = verifier.verify();
        assertThat(intact.valid()).as(intact.problem()).isTrue();
        assertThat(intact.firstInvalidSeq()).isNull();
        assertThat(intact.entries()).isEqualTo(last());
    }

    @AfterEach
    void putBack() {
        tampering.restore();
        assertThat(verifier.verify().valid()).as("the log is intact again").isTrue();
    }

    @Test
    void anEditedFieldIsThatEntry() {
        tampering.sql("UPDATE audit_entry SET detail = 'nothing to see' WHERE seq = " + k);
        assertInvalidAt(k, "does not match its hash");
    }

    @Test
    void anEditedTimeIsThatEntry() {
        tampering.sql("UPDATE audit_entry SET at = at + INTERVAL '1' HOUR WHERE seq = " + k);
        assertInvalidAt(k, "does not match its hash");
    }

    @Test
    void anEditWhoseOwnHashWasRecomputedIsTheNextEntry() {
        tampering.sql("UPDATE audit_entry SET detail = 'nothing to see' WHERE seq = " + k);
        tampering.rehash(k);
        assertInvalidAt(k + 1, "does not match its hash");
    }

    @Test
    void aDeletedEntryIsItsNumber() {
        tampering.sql("DELETE FROM audit_subject WHERE seq = " + k, "DELETE FROM audit_entry WHERE seq = " + k);
        assertInvalidAt(k, "entry " + k + " is missing");
    }

    @Test
    void deletedEntriesWithTheRestRenumberedAreTheFirstOfThem() {
        tampering.sql("DELETE FROM audit_subject WHERE seq IN (" + k + ", " + (k + 1) + ")",
                "DELETE FROM audit_entry WHERE seq IN (" + k + ", " + (k + 1) + ")",
                "UPDATE audit_entry SET seq = seq - 2 WHERE seq > " + (k + 1),
                "UPDATE audit_subject SET seq = seq - 2 WHERE seq > " + (k + 1));
        tampering.moveHeadTo(last() - 2);
        assertInvalidAt(k, "does not match its hash");
    }

    @Test
    void anInsertedEntryIsItselfUnlessItsHashWasComputedThenTheNextOne() {
        shiftUpFrom(k);
        tampering.sql("INSERT INTO audit_entry (" + StoredEntry.COLUMNS + ") SELECT " + k
                + ", at, actor_type, actor_id, token_id, actor_name, 'vault.reveal', purpose, purpose_ref, reason,"
                + " subjects, subject_count, origin_ip, user_agent, outcome, detail, hash FROM audit_entry WHERE seq = "
                + (k - 1), copySubjects(k - 1, k));
        assertInvalidAt(k, "entry " + k + " does not match its hash");

        tampering.rehash(k);
        assertInvalidAt(k + 1, "entry " + (k + 1) + " does not match its hash");
    }

    @Test
    void anEntryAddedAfterTheHeadIsBeyondTheHead() {
        tampering.sql("INSERT INTO audit_entry (" + StoredEntry.COLUMNS + ") SELECT " + (last() + 1)
                + ", at, actor_type, actor_id, token_id, actor_name, action, purpose, purpose_ref, reason, subjects,"
                + " subject_count, origin_ip, user_agent, outcome, detail, hash FROM audit_entry WHERE seq = " + last(),
                copySubjects(last(), last() + 1));
        tampering.rechainFrom(last() + 1);
        tampering.moveHeadTo(last());
        assertInvalidAt(last() + 1, "were not appended by the log");
    }

    @Test
    void reorderedEntriesAreTheFirstOfThem() {
        long other = k + 2;
        tampering.sql("UPDATE audit_entry SET seq = -1 WHERE seq = " + k,
                "UPDATE audit_entry SET seq = " + k + " WHERE seq = " + other,
                "UPDATE audit_entry SET seq = " + other + " WHERE seq = -1",
                "UPDATE audit_subject SET seq = -1 WHERE seq = " + k,
                "UPDATE audit_subject SET seq = " + k + " WHERE seq = " + other,
                "UPDATE audit_subject SET seq = " + other + " WHERE seq = -1");
        assertInvalidAt(k, "entry " + k + " does not match its hash");
    }

    @Test
    void aTruncatedLogIsTheFirstEntryGoneEvenWithTheHeadMovedBack() {
        tampering.sql("DELETE FROM audit_subject WHERE seq > " + k, "DELETE FROM audit_entry WHERE seq > " + k);
        assertInvalidAt(k + 1, "its head names entry " + last());
        tampering.moveHeadTo(k);
        AuditVerification headMoved = verifier.verify();
        assertThat(headMoved.valid()).as("the head moved back is consistent: nothing but a checkpoint tells").isTrue();

        checkpoints.writeIfMoved();
        tampering.sql("DELETE FROM audit_subject WHERE seq > " + seqs.get(3),
                "DELETE FROM audit_entry WHERE seq > " + seqs.get(3));
        tampering.moveHeadTo(seqs.get(3));
        assertInvalidAt(seqs.get(3) + 1, "but a checkpoint signed at");
    }

    @Test
    void aWholeLogTruncatedAndItsHeadResetIsEntryOne() {
        tampering.sql("DELETE FROM audit_subject", "DELETE FROM audit_entry");
        tampering.asSuperuser(db -> db.update("UPDATE audit_head SET last_seq = 0, last_hash = ?", EntryHash.genesis()));
        AuditVerification result = assertInvalidAt(1, "the log ends at entry 0");
        assertThat(result.entries()).isZero();
    }

    @Test
    void aRewriteThatLinksUpIsTheEntryAfterTheLastCheckpointThatStillMatches() {
        long signed = seqs.get(5);
        checkpoints.writeIfMoved(); // signs the twelfth
        tampering.sql("UPDATE audit_entry SET detail = 'nothing to see' WHERE seq = " + k);
        tampering.rechainFrom(k);
        assertInvalidAt(signed + 1, "differs from the checkpoint signed at");

        tampering.sql("UPDATE audit_entry SET detail = 'rewritten early' WHERE seq = " + seqs.getFirst());
        tampering.rechainFrom(seqs.getFirst());
        assertInvalidAt(lastCheckpointBefore(seqs.getFirst()) + 1, "differs from the checkpoint signed at");
    }

    @Test
    void aRewriteAfterTheLastCheckpointGoesUnnoticedUntilTheNextOne() {
        tampering.sql("UPDATE audit_entry SET detail = 'nothing to see' WHERE seq = " + k);
        tampering.rechainFrom(k);
        assertThat(verifier.verify().valid()).as("the window of one checkpoint interval").isTrue();
    }

    @Test
    void aRewriteWithoutMovingTheHeadContradictsTheHead() {
        tampering.sql("UPDATE audit_entry SET detail = 'nothing to see' WHERE seq = " + k);
        tampering.rechainFrom(k);
        tampering.sql("UPDATE audit_head SET last_hash = (SELECT hash FROM audit_entry WHERE seq = " + k + ")");
        assertInvalidAt(seqs.get(5) + 1, "the head differs from entry " + last());
    }

    @Test
    void aContactIndexRowRemovedIsItsEntry() {
        tampering.sql("DELETE FROM audit_subject WHERE seq = " + k + " AND range_from = 1000");
        assertInvalidAt(k, "the contact index of entry " + k + " differs");
    }

    @Test
    void aContactIndexRowAddedIsItsEntry() {
        tampering.sql("INSERT INTO audit_subject (seq, range_from, range_to) VALUES (" + k + ", 7, 7)");
        assertInvalidAt(k, "the contact index of entry " + k + " differs");
    }

    @Test
    void contactIndexRowsOfNoEntryAreTheEntryTheyName() {
        tampering.sql("INSERT INTO audit_subject (seq, range_from, range_to) VALUES (" + (last() + 1) + ", 7, 7)");
        assertInvalidAt(last() + 1, "contact index rows name entry " + (last() + 1) + ", which is not in the log");
    }

    @Test
    void aCheckpointLineThatDoesNotVerifyMakesTheLogInvalidWithoutASequenceNumber() throws Exception {
        String line = Files.readString(checkpointFile.path()).strip();
        String forged = line.replaceFirst("\"seq\":\\d+", "\"seq\":" + (last() + 100));
        Files.writeString(checkpointFile.path(), line + "\n" + forged + "\nnot json\n");
        AuditVerification result = verifier.verify();
        assertThat(result.valid()).isFalse();
        assertThat(result.firstInvalidSeq()).isNull();
        assertThat(result.checkpoints()).isEqualTo(1);
        assertThat(result.problem()).contains("line 2 of audit-checkpoints.log has a signature that does not verify");
    }

    @Test
    void checkpointsGoToAPrivateFileAndToTheirLoggerOnlyWhenTheHeadMoved(CapturedOutput output) throws Exception {
        Path file = checkpointFile.path();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(checkpoints.writeIfMoved()).isPresent();
        assertThat(checkpoints.writeIfMoved()).as("the head did not move").isEmpty();
        List<String> lines = Files.readAllLines(file);
        String last = lines.getLast();
        assertThat(last).matches("\\{\"seq\":" + last() + ",\"hash\":\"[0-9a-f]{64}\",\"at\":\"[^\"]+Z\","
                + "\"signature\":\"[A-Za-z0-9+/=]+\"}");
        assertThat(output).contains("rempart.audit.checkpoint", last);
    }

    @Test
    void verificationSeesOneSnapshotWhileAppendsGoOn() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                running.add(writers.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        auditLog.appendAll(records(5));
                    }
                }));
            }
            for (int i = 0; i < 5; i++) {
                AuditVerification result = verifier.verify();
                assertThat(result.valid()).as(result.problem()).isTrue();
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            writers.shutdown();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class)).isEqualTo(last() + 400);
    }

    private static String copySubjects(long from, long to) {
        return "INSERT INTO audit_subject (seq, range_from, range_to) SELECT " + to
                + ", range_from, range_to FROM audit_subject WHERE seq = " + from;
    }

    @Test
    void aBrokenLogFoundAtStartIsLoggedAndShownToThoseWhoMayActAndTheCommandFails(CapturedOutput output)
            throws Exception {
        tampering.sql("UPDATE audit_entry SET detail = 'nothing to see' WHERE seq = " + k);
        startup.start().join();
        assertThat(chain.latest()).hasValueSatisfying(result -> assertThat(result.firstInvalidSeq()).isEqualTo(k));
        assertThat(output).contains("The audit log is NOT intact: first invalid entry " + k + ": entry " + k
                + " does not match its hash");

        var officer = authentication(fixtures.signedIn(fixtures.operatorWithMfa(Role.SECURITY_OFFICER)));
        mvc.perform(get("/").with(officer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("The audit log has been tampered with from entry " + k)));
        var marketer = authentication(fixtures.signedIn(fixtures.operator(Role.MARKETER)));
        mvc.perform(get("/").with(marketer)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("class=\"alert\""))));

        var printed = new ByteArrayOutputStream();
        assertThat(commandLine.execute("audit verify", new PrintStream(printed, true, StandardCharsets.UTF_8))).isOne();
        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("Audit log NOT intact: ")
                .contains("first invalid entry " + k + ": entry " + k + " does not match its hash");
    }

    private void shiftUpFrom(long seq) {
        tampering.sql("UPDATE audit_entry SET seq = -seq WHERE seq >= " + seq,
                "UPDATE audit_entry SET seq = -seq + 1 WHERE seq < 0",
                "UPDATE audit_subject SET seq = seq + 1 WHERE seq >= " + seq);
    }

    private long lastCheckpointBefore(long seq) {
        return checkpointFile.read().checkpoints().stream().mapToLong(c -> c.checkpoint().seq())
                .filter(s -> s < seq).max().orElse(0);
    }

    private long last() {
        return seqs.getLast();
    }

    private AuditVerification assertInvalidAt(long seq, String problem) {
        AuditVerification result = verifier.verify();
        assertThat(result.valid()).isFalse();
        assertThat(result.problem()).contains(problem);
        assertThat(result.firstInvalidSeq()).as(result.problem()).isEqualTo(seq);
        return result;
    }

    /** Reveals and a delivery batch: contacts as single ids, ranges, and a range over an index span. */
    private static List<AuditRecord> records(int count) {
        var actor = new Actor.Operator(4242, "tester");
        var origin = new RequestOrigin("192.0.2.7", "test agent");
        return LongStream.range(0, count).mapToObj(i -> new AuditRecord(actor, "vault.reveal", "REVEAL", i,
                "checking a complaint", ContactIds.of(1000, 1001, 1002, 5000 + i, 65_530, 65_531, 65_536, 65_537),
                origin, Outcome.SUCCESS, null)).toList();
    }
}
