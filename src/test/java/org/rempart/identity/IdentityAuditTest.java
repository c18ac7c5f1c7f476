package org.rempart.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rempart.HttpApi;
import org.rempart.StorageTest;
import org.rempart.audit.AuditEntry;
import org.rempart.audit.AuditFilter;
import org.rempart.audit.AuditTrail;
import org.rempart.identity.internal.IdentityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-in and account administration leave entries in the audit log, with who, from where, and no typed names. */
@StorageTest
class IdentityAuditTest {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void signInsAreRecordedWithTheOperatorButNeverATypedUnknownName() throws Exception {
        var marketer = fixtures.operator(Role.MARKETER);
        String typed = "typed-by-mistake-" + System.nanoTime();
        mvc.perform(formLogin("/login").user(typed).password("whatever-password")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user(marketer.username()).password(IdentityFixtures.PASSWORD))
                .andExpect(redirectedUrl("/"));

        AuditEntry success = latest(marketer.id(), "identity.signin.success");
        assertThat(success.actorType()).isEqualTo("OPERATOR");
        assertThat(success.actorName()).isEqualTo(marketer.username());
        assertThat(success.originIp()).isEqualTo("127.0.0.1");
        assertThat(success.outcome()).isEqualTo("SUCCESS");

        AuditEntry unknown = trail.search(new AuditFilter(null, null, "identity.signin.failure", null, null), 0, 1)
                .entries().getFirst();
        assertThat(unknown.actorType()).isEqualTo("ANONYMOUS");
        assertThat(unknown.actorId()).isNull();
        assertThat(unknown.detail()).isEqualTo("unknown user name");
        assertThat(unknown.outcome()).isEqualTo("DENIED");
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM audit_entry WHERE actor_name LIKE ? OR detail LIKE ? OR reason LIKE ?
                OR user_agent LIKE ?""", Long.class, "%" + typed + "%", "%" + typed + "%", "%" + typed + "%",
                "%" + typed + "%")).isZero();
    }

    @Test
    void repeatedFailuresAreRecordedAndTheLockToo() throws Exception {
        var analyst = fixtures.operator(Role.ANALYST);
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(analyst.username()).password("wrong-password-" + i));
        }
        List<AuditEntry> failures = trail.search(new AuditFilter(null, analyst.id(), "identity.signin.failure", null,
                null), 0, 10).entries();
        assertThat(failures).hasSize(5).allSatisfy(e -> assertThat(e.detail()).isEqualTo("wrong password"));
        assertThat(latest(analyst.id(), "identity.account.locked").detail()).startsWith("5 failed attempts");
    }

    @Test
    void administrationIsRecordedWithTheAdministratorAsActor() throws Exception {
        var admin = fixtures.operatorWithMfa(Role.ADMIN);
        var api = new HttpApi(port);
        var created = api.json(api.post("/api/operators", admin.token(),
                "{\"username\":\"audited-" + System.nanoTime() % 100000 + "\",\"email\":\"a@example.org\",\"roles\":[\"ANALYST\"]}"));
        long id = created.path("id").asLong();
        AuditEntry creation = latest(admin.id(), "identity.operator.created");
        assertThat(creation.actorType()).isEqualTo("API_TOKEN");
        assertThat(creation.tokenId()).isNotNull();
        assertThat(creation.detail()).isEqualTo("operator " + id + " with roles [ANALYST]");

        var session = authentication(fixtures.signedIn(admin));
        mvc.perform(post("/operators/" + id + "/roles").param("roles", "ANALYST", "MARKETER").with(csrf()).with(session));
        mvc.perform(post("/operators/" + id + "/disable").with(csrf()).with(session));
        mvc.perform(post("/operators/" + id + "/reset-password").with(csrf()).with(session));
        mvc.perform(post("/operators/" + id + "/tokens").param("name", "ci").with(csrf()).with(session));
        long tokenId = jdbc.queryForObject("SELECT MAX(id) FROM api_token WHERE operator_id = ?", Long.class, id);
        mvc.perform(post("/operators/" + id + "/tokens/" + tokenId + "/revoke").with(csrf()).with(session));

        assertThat(latest(admin.id(), "identity.operator.roles-changed").detail())
                .isEqualTo("operator " + id + " now has roles [MARKETER, ANALYST]");
        assertThat(latest(admin.id(), "identity.operator.disabled").actorType()).isEqualTo("OPERATOR");
        assertThat(latest(admin.id(), "identity.password.reset").detail()).isEqualTo("operator " + id);
        assertThat(latest(admin.id(), "identity.token.created").detail())
                .isEqualTo("token " + tokenId + " of operator " + id + ", all roles, 90 days");
        assertThat(latest(admin.id(), "identity.token.revoked").detail()).isEqualTo("token " + tokenId);
    }

    private AuditEntry latest(long actor, String action) {
        var page = trail.search(new AuditFilter(null, actor, action, null, null), 0, 1);
        assertThat(page.entries()).as(action + " by operator " + actor).isNotEmpty();
        return page.entries().getFirst();
    }
}
