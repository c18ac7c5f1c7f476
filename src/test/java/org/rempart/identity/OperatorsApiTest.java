package org.rempart.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rempart.HttpApi;
import org.rempart.StorageTest;
import org.rempart.identity.internal.IdentityFixtures;
import org.rempart.identity.internal.Operators;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@StorageTest
class OperatorsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    Operators operators;

    HttpApi api;

    @BeforeEach
    void client() {
        api = new HttpApi(port);
    }

    @Test
    void meNamesTheTokenOwnerAndRoles() {
        var analyst = fixtures.operator(Role.ANALYST, Role.MARKETER);
        var response = api.get("/api/me", analyst.token());
        assertThat(response.statusCode()).isEqualTo(200);
        var me = api.json(response);
        assertThat(me.path("username").asString()).isEqualTo(analyst.username());
        assertThat(me.path("roles").values()).extracting(n -> n.asString()).containsExactly("ANALYST", "MARKETER");
    }

    @Test
    void anAdminCreatesAnOperatorWhoseInitialPasswordMustBeChanged() {
        var admin = fixtures.operator(Role.ADMIN);
        var response = api.post("/api/operators", admin.token(),
                "{\"username\":\"new-marketer-1\",\"email\":\"m1@example.org\",\"roles\":[\"MARKETER\"]}");
        assertThat(response.statusCode()).isEqualTo(201);
        var created = api.json(response);
        assertThat(created.path("username").asString()).isEqualTo("new-marketer-1");
        assertThat(created.path("initialPassword").asString()).hasSizeGreaterThanOrEqualTo(20);
        var stored = fixtures.load(created.path("id").asLong());
        assertThat(stored.mustChangePassword()).isTrue();
        assertThat(stored.roles()).containsExactly(Role.MARKETER);
        assertThat(stored.passwordHash()).startsWith("$argon2id$").contains("m=19456,t=2,p=1")
                .doesNotContain(created.path("initialPassword").asString());

        var again = api.post("/api/operators", admin.token(),
                "{\"username\":\"new-marketer-1\",\"email\":\"m1@example.org\",\"roles\":[\"MARKETER\"]}");
        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    void invalidOperatorsAreRefusedWithAMessage() {
        var admin = fixtures.operator(Role.ADMIN);
        var badName = api.post("/api/operators", admin.token(),
                "{\"username\":\"A\",\"email\":\"a@example.org\",\"roles\":[\"MARKETER\"]}");
        assertThat(badName.statusCode()).isEqualTo(400);
        assertThat(api.json(badName).path("detail").asString()).startsWith("username:");
        var noRole = api.post("/api/operators", admin.token(),
                "{\"username\":\"norole\",\"email\":\"a@example.org\",\"roles\":[]}");
        assertThat(api.json(noRole).path("detail").asString()).startsWith("roles:");
        var unknownRole = api.post("/api/operators", admin.token(),
                "{\"username\":\"badrole\",\"email\":\"a@example.org\",\"roles\":[\"GOD\"]}");
        assertThat(unknownRole.statusCode()).isEqualTo(400);
        assertThat(unknownRole.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void tokensAreShownOnceStoredHashedAndRevocable() {
        var admin = fixtures.operator(Role.ADMIN);
        var analyst = fixtures.operator(Role.ANALYST);
        var response = api.post("/api/operators/" + analyst.id() + "/tokens", admin.token(),
                "{\"name\":\"reporting\",\"expiresInDays\":30}");
        assertThat(response.statusCode()).isEqualTo(201);
        String token = api.json(response).path("token").asString();
        long id = api.json(response).path("id").asLong();
        assertThat(token).startsWith("rpt_").hasSize(4 + 43);
        assertThat(api.get("/api/me", token).statusCode()).isEqualTo(200);

        assertThat(api.delete("/api/tokens/" + id, admin.token()).statusCode()).isEqualTo(204);
        var revoked = api.get("/api/me", token);
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.delete("/api/tokens/999999999", admin.token()).statusCode()).isEqualTo(404);
    }

    @Test
    void tokenExpiryIsBoundedAndScopesNarrowTheRoles() {
        var admin = fixtures.operator(Role.ADMIN);
        assertThat(api.post("/api/operators/" + admin.id() + "/tokens", admin.token(),
                "{\"name\":\"x\",\"expiresInDays\":0}").statusCode()).isEqualTo(400);
        assertThat(api.post("/api/operators/" + admin.id() + "/tokens", admin.token(),
                "{\"name\":\"x\",\"expiresInDays\":366}").statusCode()).isEqualTo(400);
        var scoped = api.post("/api/operators/" + admin.id() + "/tokens", admin.token(),
                "{\"name\":\"analytics\",\"expiresInDays\":7,\"scopes\":[\"ANALYST\"]}");
        String token = api.json(scoped).path("token").asString();
        assertThat(api.json(api.get("/api/me", token)).path("roles").values())
                .extracting(n -> n.asString()).containsExactly("ANALYST");
        assertThat(api.get("/api/operators", token).statusCode()).isEqualTo(403);
    }

    @Test
    void aDisabledOperatorsTokensStopWorkingAndUnlockRestoresThem() {
        var admin = fixtures.operator(Role.ADMIN);
        var marketer = fixtures.operator(Role.MARKETER);
        operators.setDisabled(marketer.id(), true);
        assertThat(api.get("/api/me", marketer.token()).statusCode()).isEqualTo(401);
        assertThat(api.post("/api/operators/" + marketer.id() + "/unlock", admin.token(), "").statusCode())
                .isEqualTo(204);
        assertThat(api.get("/api/me", marketer.token()).statusCode()).isEqualTo(200);
    }

    @Test
    void tokensKeepWorkingWhileAPasswordChangeIsPending() {
        var admin = fixtures.operator(Role.ADMIN);
        var created = api.json(api.post("/api/operators", admin.token(),
                "{\"username\":\"pending-change\",\"email\":\"p@example.org\",\"roles\":[\"ADMIN\"]}"));
        long id = created.path("id").asLong();
        String token = api.json(api.post("/api/operators/" + id + "/tokens", admin.token(),
                "{\"name\":\"deploy\",\"expiresInDays\":1}")).path("token").asString();
        assertThat(fixtures.load(id).mustChangePassword()).isTrue();
        assertThat(fixtures.load(id).mfaEnrolled()).isFalse();
        assertThat(api.get("/api/operators", token).statusCode()).isEqualTo(200);
    }

    @Test
    void wrongRoleIsA403ProblemAndNoTokenA401Problem() {
        var analyst = fixtures.operator(Role.ANALYST);
        var forbidden = api.post("/api/operators", analyst.token(),
                "{\"username\":\"x-analyst\",\"email\":\"x@example.org\",\"roles\":[\"ADMIN\"]}");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(api.json(forbidden).path("status").asInt()).isEqualTo(403);
        var anonymous = api.get("/api/operators", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(api.json(anonymous).path("status").asInt()).isEqualTo(401);
        assertThat(api.get("/api/me", "rpt_not-a-real-token").statusCode()).isEqualTo(401);
    }
}
