package org.rempart.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rempart.StorageTest;
import org.rempart.identity.internal.IdentityFixtures;
import org.rempart.identity.internal.Operators;
import org.rempart.vault.SecretBox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@StorageTest
class SignInTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    Operators operators;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SecretBox secretBox;

    @Test
    void anUnknownNameAndAWrongPasswordGetTheSameAnswer() throws Exception {
        var marketer = fixtures.operator(Role.MARKETER);
        var unknown = mvc.perform(formLogin("/login").user("nobody-here").password("whatever-password"))
                .andReturn().getResponse();
        var wrong = mvc.perform(formLogin("/login").user(marketer.username()).password("wrong-password-123"))
                .andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(wrong.getStatus()).isEqualTo(302);
        assertThat(unknown.getRedirectedUrl()).isEqualTo(wrong.getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void fiveFailuresLockTheAccountUntilAnAdminUnlocksIt() throws Exception {
        var marketer = fixtures.operator(Role.MARKETER);
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(marketer.username()).password("wrong-password-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(marketer.username()).password(IdentityFixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        // The lock looks the same for a name that does not exist.
        for (int i = 0; i < 6; i++) {
            mvc.perform(formLogin("/login").user("ghost-operator").password("wrong-password-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        operators.setDisabled(marketer.id(), false);
        mvc.perform(formLogin("/login").user(marketer.username()).password(IdentityFixtures.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void anAdminLockedAccountCannotSignIn() throws Exception {
        var analyst = fixtures.operator(Role.ANALYST);
        operators.setDisabled(analyst.id(), true);
        mvc.perform(formLogin("/login").user(analyst.username()).password(IdentityFixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void anInitialPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        var created = operators.create("first-timer", "ft@example.org", Set.of(Role.MARKETER));
        var session = signIn("first-timer", created.initialPassword(), "/password");
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/password"));
        mvc.perform(get("/api/me").session(session)).andExpect(status().isUnauthorized());

        changePassword(session, created.initialPassword(), "short", "password.tooShort");
        changePassword(session, created.initialPassword(), "password1234", "password.common");
        changePassword(session, created.initialPassword(), "first-timer-is-me", "password.containsUsername");
        changePassword(session, "not-the-current-one", "a long and fine passphrase", "password.currentWrong");

        mvc.perform(post("/password").session(session).with(csrf())
                        .param("current", created.initialPassword())
                        .param("password", "a long and fine passphrase")
                        .param("confirmation", "a long and fine passphrase"))
                .andExpect(redirectedUrl("/?passwordChanged"));
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        assertThat(fixtures.load(created.id()).mustChangePassword()).isFalse();
    }

    @Test
    void anAdminMustEnrolASecondFactorAfterThePassword() throws Exception {
        var created = operators.create("new-admin", "na@example.org", Set.of(Role.ADMIN));
        var session = signIn("new-admin", created.initialPassword(), "/password");
        mvc.perform(post("/password").session(session).with(csrf())
                        .param("current", created.initialPassword())
                        .param("password", "the admin's own passphrase")
                        .param("confirmation", "the admin's own passphrase"))
                .andExpect(redirectedUrl("/mfa/enrol?passwordChanged"));
        mvc.perform(get("/operators").session(session)).andExpect(redirectedUrl("/mfa/enrol"));
        mvc.perform(get("/mfa/enrol").session(session)).andExpect(status().isOk());
        mvc.perform(get("/mfa/enrol/qr.png").session(session))
                .andExpect(status().isOk()).andExpect(content().contentType("image/png"));
        String key = ((String) session.getAttribute("rempart.mfa.pendingKey"));
        mvc.perform(post("/mfa/enrol").session(session).with(csrf()).param("code", "000000"))
                .andExpect(model().attribute("error", "mfa.codeWrong"));
        var codes = mvc.perform(post("/mfa/enrol").session(session).with(csrf())
                        .param("code", fixtures.currentCode(key)))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("recoveryCodes");
        assertThat((List<?>) codes).hasSize(10);
        mvc.perform(post("/mfa/enrol/done").session(session).with(csrf())).andExpect(redirectedUrl("/"));
        mvc.perform(get("/operators").session(session)).andExpect(status().isOk());
        assertThat(fixtures.load(created.id()).mfaEnrolled()).isTrue();
        // The key is sealed by the vault: a copy of the database does not give it away.
        String stored = jdbc.sql("SELECT totp_secret FROM operator WHERE id = ?").param(created.id())
                .query(String.class).single();
        assertThat(stored).doesNotContain(key).isNotEqualTo(key);
        assertThatThrownBy(() -> secretBox.open(stored, "totp:operator:" + (created.id() + 1)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSecondFactorIsAskedAfterThePasswordAndACodeServesOnce() throws Exception {
        var admin = fixtures.operatorWithMfa(Role.ADMIN);
        var session = signIn(admin.username(), IdentityFixtures.PASSWORD, "/mfa/verify");
        mvc.perform(get("/operators").session(session)).andExpect(redirectedUrl("/mfa/verify"));
        mvc.perform(post("/mfa/verify").session(session).with(csrf()).param("code", "123456"))
                .andExpect(model().attribute("error", "mfa.codeWrong"));
        String code = fixtures.currentCode(admin.totpKey());
        mvc.perform(post("/mfa/verify").session(session).with(csrf()).param("code", code))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/operators").session(session)).andExpect(status().isOk());

        var replay = signIn(admin.username(), IdentityFixtures.PASSWORD, "/mfa/verify");
        mvc.perform(post("/mfa/verify").session(replay).with(csrf()).param("code", code))
                .andExpect(status().isOk());
        mvc.perform(get("/operators").session(replay)).andExpect(redirectedUrl("/mfa/verify"));
    }

    @Test
    void fiveWrongSecondFactorCodesLockTheAccount() throws Exception {
        var officer = fixtures.operatorWithMfa(Role.SECURITY_OFFICER);
        var session = signIn(officer.username(), IdentityFixtures.PASSWORD, "/mfa/verify");
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/mfa/verify").session(session).with(csrf()).param("code", "00000" + i))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/mfa/verify").session(session).with(csrf()).param("code", "000009"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user(officer.username()).password(IdentityFixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        var marketer = fixtures.operator(Role.MARKETER);
        mvc.perform(post("/login").param("username", marketer.username()).param("password", IdentityFixtures.PASSWORD))
                .andExpect(status().isForbidden());
        var session = signIn(marketer.username(), IdentityFixtures.PASSWORD, "/");
        mvc.perform(post("/account/time-zone").session(session).param("timeZone", "Europe/Paris"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/account/time-zone").session(session).with(csrf()).param("timeZone", "Europe/Paris"))
                .andExpect(redirectedUrl("/account?saved"));
    }

    @Test
    void signInChangesTheSessionIdAndSignOutEndsTheSession() throws Exception {
        var marketer = fixtures.operator(Role.MARKETER);
        var anonymous = (MockHttpSession) mvc.perform(get("/login")).andReturn().getRequest().getSession();
        String before = anonymous.getId();
        var result = mvc.perform(post("/login").session(anonymous).with(csrf())
                .param("username", marketer.username()).param("password", IdentityFixtures.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();
        var session = (MockHttpSession) result.getRequest().getSession();
        assertThat(session.getId()).isNotEqualTo(before);
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
        assertThat(session.isInvalid()).isTrue();
    }

    private MockHttpSession signIn(String username, String password, String expectedRedirect) throws Exception {
        var result = mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(redirectedUrl(expectedRedirect)).andReturn();
        return (MockHttpSession) result.getRequest().getSession();
    }

    private void changePassword(MockHttpSession session, String current, String replacement, String error)
            throws Exception {
        var model = mvc.perform(post("/password").session(session).with(csrf())
                        .param("current", current).param("password", replacement).param("confirmation", replacement))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel();
        assertThat(model.get("error")).isEqualTo(error);
    }
}
