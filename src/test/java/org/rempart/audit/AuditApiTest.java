package org.rempart.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rempart.HttpApi;
import org.rempart.StorageTest;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.rempart.platform.CommandLine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

@StorageTest
class AuditApiTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    AuditLog auditLog;
    @Autowired
    CommandLine commandLine;
    @Autowired
    MockMvc mvc;

    HttpApi api;
    String officer;
    /** An operator id of this test only, so that other tests' entries do not match. */
    long actor;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        officer = fixtures.operator(Role.SECURITY_OFFICER).token();
        actor = 10_000_000 + ThreadLocalRandom.current().nextLong(1_000_000_000);
    }

    @Test
    void verifyAnswersTheResultAndIsItselfRecorded() {
        var response = api.get("/api/audit/verify", officer);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = api.json(response);
        assertThat(result.path("valid").asBoolean()).as(response.body()).isTrue();
        assertThat(result.path("entries").asLong()).isPositive();
        assertThat(result.path("firstInvalidSeq").isNull()).isTrue();

        JsonNode recorded = api.json(api.get("/api/audit?action=audit.verify&size=1", officer)).path("entries").get(0);
        assertThat(recorded.path("actor").path("type").asString()).isEqualTo("API_TOKEN");
        assertThat(recorded.path("outcome").asString()).isEqualTo("SUCCESS");
        assertThat(recorded.path("detail").asString()).isEqualTo("entries=" + result.path("entries").asLong()
                + " firstInvalidSeq=null");
    }

    @Test
    void entriesAreFilteredAndPaginatedNewestFirst() {
        Instant before = Instant.now().minusSeconds(1);
        List<Long> seqs = auditLog.appendAll(List.of(reveal(ContactIds.of(42)), reveal(ContactIds.of(7, 8, 9)),
                reveal(new ContactIds(List.of(new ContactIds.Range(100_000, 300_000))))));
        auditLog.append(new AuditRecord(new Actor.Operator(actor, "investigated"), "identity.signin.success", null,
                null, null, null, new RequestOrigin("198.51.100.4", "agent"), Outcome.SUCCESS, null));

        JsonNode first = api.json(api.get("/api/audit?actor=" + actor + "&size=2", officer));
        assertThat(first.path("hasNext").asBoolean()).isTrue();
        assertThat(first.path("entries").values()).extracting(e -> e.path("action").asString())
                .containsExactly("identity.signin.success", "vault.reveal");
        JsonNode second = api.json(api.get("/api/audit?actor=" + actor + "&size=2&page=1", officer));
        assertThat(second.path("hasNext").asBoolean()).isFalse();
        assertThat(second.path("entries").values()).extracting(e -> e.path("seq").asLong())
                .containsExactly(seqs.get(1), seqs.get(0));

        JsonNode reveal = second.path("entries").get(1);
        assertThat(reveal.path("actor").path("id").asLong()).isEqualTo(actor);
        assertThat(reveal.path("actor").path("name").asString()).isEqualTo("investigated");
        assertThat(reveal.path("purpose").asString()).isEqualTo("REVEAL");
        assertThat(reveal.path("reason").asString()).isEqualTo("a complaint");
        assertThat(reveal.path("subjects").asString()).isEqualTo("42");
        assertThat(reveal.path("origin").path("ip").asString()).isEqualTo("198.51.100.4");

        assertThat(seqsOf("/api/audit?actor=" + actor + "&action=vault.reveal")).containsExactly(
                seqs.get(2), seqs.get(1), seqs.get(0));
        assertThat(seqsOf("/api/audit?actor=" + actor + "&contactId=8")).containsExactly(seqs.get(1));
        assertThat(seqsOf("/api/audit?actor=" + actor + "&contactId=250000")).as("inside a long range")
                .containsExactly(seqs.get(2));
        assertThat(seqsOf("/api/audit?actor=" + actor + "&contactId=300001")).isEmpty();
        assertThat(seqsOf("/api/audit?actor=" + actor + "&from=" + before + "&to=" + Instant.now().plusSeconds(1)))
                .hasSize(4);
        assertThat(seqsOf("/api/audit?actor=" + actor + "&to=" + before)).isEmpty();
    }

    @Test
    void exposureIsTheMergedContactsSeenAsPlaintext() {
        Instant before = Instant.now().minusSeconds(1);
        auditLog.appendAll(List.of(reveal(ContactIds.of(1, 2, 3)), reveal(ContactIds.of(4, 10)),
                reveal(new ContactIds(List.of(new ContactIds.Range(60_000, 70_000)))),
                new AuditRecord(new Actor.ApiToken(5, actor, "investigated"), "vault.export", "EXPORT", 9L, null,
                        ContactIds.of(11, 12, 500), null, Outcome.SUCCESS, null),
                new AuditRecord(new Actor.Operator(actor, "investigated"), "vault.reveal", "REVEAL", null, "refused",
                        ContactIds.of(900), null, Outcome.DENIED, null),
                new AuditRecord(new Actor.Operator(actor, "investigated"), "identity.token.created", null, null, null,
                        ContactIds.of(901), null, Outcome.SUCCESS, null)));

        JsonNode exposure = api.json(api.get("/api/audit/exposure?actor=" + actor + "&from=" + before, officer));
        assertThat(exposure.path("ranges").asString()).isEqualTo("1-4,10-12,500,60000-70000");
        assertThat(exposure.path("contacts").asLong()).isEqualTo(4 + 3 + 1 + 10_001);
        assertThat(exposure.path("entries").asLong()).isEqualTo(4);

        JsonNode none = api.json(api.get("/api/audit/exposure?actor=" + actor + "&to=" + before, officer));
        assertThat(none.path("contacts").asLong()).isZero();
        assertThat(none.path("ranges").asString()).isEmpty();
    }

    @Test
    void badParametersAreRefusedWithTheirName() {
        assertProblem("/api/audit?from=yesterday", "from:");
        assertProblem("/api/audit?to=2025-01-01T00:00:00Z&from=2025-02-01T00:00:00Z", "to:");
        assertProblem("/api/audit?contactId=abc", "contactId:");
        assertProblem("/api/audit?actor=-3", "actor:");
        assertProblem("/api/audit?size=500", "size:");
        assertProblem("/api/audit?page=x", "page:");
        assertProblem("/api/audit?action=DROP%20TABLE", "action:");
        assertProblem("/api/audit/exposure", "actor:");
        assertProblem("/api/audit/exposure?actor=1&from=2025-13-01T00:00:00Z", "from:");
    }

    @Test
    void thePageListsFiltersAndVerifies() throws Exception {
        var account = fixtures.operatorWithMfa(Role.SECURITY_OFFICER);
        var signedIn = authentication(fixtures.signedIn(account));
        long seq = auditLog.append(reveal(ContactIds.of(31_337)));

        mvc.perform(get("/audit").param("contactId", "31337").param("actor", String.valueOf(actor)).with(signedIn))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"entry-" + seq + "\"")))
                .andExpect(content().string(containsString("a complaint")));
        mvc.perform(get("/audit").param("from", "not a time").with(signedIn))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This value is not valid: From.")));
        mvc.perform(get("/audit").param("from", "2025-01-31T10:00").header("Accept-Language", "fr").with(signedIn))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Journal d&#39;audit")));

        var verified = mvc.perform(post("/audit/verify").with(csrf()).with(signedIn))
                .andExpect(redirectedUrl("/audit")).andExpect(flash().attributeExists("verification")).andReturn();
        mvc.perform(get("/audit").flashAttrs(verified.getFlashMap()).with(signedIn))
                .andExpect(content().string(containsString("The audit log is intact")));
    }

    @Test
    void theCommandVerifiesAndExitsZeroWhenIntact() {
        var output = new ByteArrayOutputStream();
        int exit = commandLine.execute("audit verify", new PrintStream(output, true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        assertThat(output.toString(StandardCharsets.UTF_8)).startsWith("Audit log intact: ");
        assertThat(commandLine.execute("audit verify now", new PrintStream(new ByteArrayOutputStream()))).isEqualTo(2);
    }

    private AuditRecord reveal(ContactIds contacts) {
        return new AuditRecord(new Actor.Operator(actor, "investigated"), "vault.reveal", "REVEAL", null, "a complaint",
                contacts, new RequestOrigin("198.51.100.4", "agent"), Outcome.SUCCESS, null);
    }

    private List<Long> seqsOf(String path) {
        var response = api.get(path, officer);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return api.json(response).path("entries").values().stream().map(e -> e.path("seq").asLong()).toList();
    }

    private void assertProblem(String path, String parameter) {
        var response = api.get(path, officer);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.json(response).path("detail").asString()).as(path).startsWith(parameter);
    }
}
