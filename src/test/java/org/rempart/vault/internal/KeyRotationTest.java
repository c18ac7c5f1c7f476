package org.rempart.vault.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rempart.HttpApi;
import org.rempart.StorageTest;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.rempart.platform.CommandLine;
import org.rempart.vault.AccessPurpose;
import org.rempart.vault.ContactIdentity;
import org.rempart.vault.Vault;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@StorageTest
class KeyRotationTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    Vault vault;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Keysets keys;
    @Autowired
    KeyRotation rotation;
    @Autowired
    CommandLine commands;

    /** Another test of this context may have started one (the authorization matrix calls every endpoint). */
    private void awaitNoRotationRunning() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while ("RUNNING".equals(rotation.status().state()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    @Test
    void theCommandRotatesAndRewrapsBeforeItReturns() throws Exception {
        long id = 800_000_000L + System.nanoTime() % 1_000_000L;
        vault.replace(Map.of(id, new ContactIdentity("Cmd", null, "cmd@example.org", null, null, null)));
        awaitNoRotationRunning();
        var out = new ByteArrayOutputStream();
        int code = commands.execute("keys rotate", new PrintStream(out, true));
        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("Key rotation DONE");
        assertThat(jdbc.sql("SELECT kek_key_id FROM contact_key WHERE contact_id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(keys.kek().primaryId());
    }

    @Test
    void anAdminRotatesTheKeyAndEveryDataKeyIsRewrappedWhileContactsStayReadable() throws Exception {
        Map<Long, ContactIdentity> contacts = new HashMap<>();
        long base = 700_000_000L + System.nanoTime() % 1_000_000L;
        for (long id = base; id < base + 2500; id++) {
            contacts.put(id, new ContactIdentity("Name" + id, null, "c" + id + "@example.org", null, null, null));
        }
        vault.replace(contacts);
        awaitNoRotationRunning();
        int before = keys.kek().primaryId();

        var api = new HttpApi(port);
        assertThat(api.post("/api/keys/rotate", fixtures.operator(Role.SECURITY_OFFICER).token(), "").statusCode())
                .isEqualTo(403);
        String admin = fixtures.operator(Role.ADMIN).token();
        var started = api.post("/api/keys/rotate", admin, "");
        assertThat(started.statusCode()).isEqualTo(202);
        int primary = api.json(started).path("primaryKeyId").asInt();
        assertThat(primary).isNotEqualTo(before);

        JsonNode status = api.json(api.get("/api/keys/rotation", admin));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!"DONE".equals(status.path("state").asString()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            status = api.json(api.get("/api/keys/rotation", admin));
        }
        assertThat(status.path("state").asString()).isEqualTo("DONE");
        assertThat(status.path("done").asLong()).isEqualTo(status.path("total").asLong()).isGreaterThanOrEqualTo(2500);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM contact_key WHERE kek_key_id <> ?").param(primary)
                .query(Long.class).single()).isZero();
        assertThat(keys.kek().handle().size()).isGreaterThanOrEqualTo(2);
        assertThat(vault.revealOne(base + 7, new AccessPurpose.SubjectAccess(base + 7)).email())
                .isEqualTo("c" + (base + 7) + "@example.org");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action IN ('vault.keys.rotate', 'vault.keys.rewrap')")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }
}
