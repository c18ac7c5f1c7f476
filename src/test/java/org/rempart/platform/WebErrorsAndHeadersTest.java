package org.rempart.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.Flow;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rempart.HttpApi;
import org.rempart.StorageTest;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

@StorageTest
class WebErrorsAndHeadersTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    MockMvc mvc;

    HttpApi api;
    String token;

    @BeforeEach
    void client() {
        api = new HttpApi(port);
        token = fixtures.operator(Role.ADMIN).token();
    }

    @Test
    void everyAnswerCarriesStrictHeadersAndNoServerBanner() {
        for (String path : new String[] {"/login", "/api/me", "/actuator/health", "/nowhere"}) {
            var response = api.get(path, null);
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> {
                assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "script-src 'self'");
                assertThat(csp).doesNotContain("unsafe-inline", "unsafe-eval");
            });
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("no-referrer");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(headers.firstValue("Server")).as(path).isEmpty();
            assertThat(headers.firstValue("X-Powered-By")).as(path).isEmpty();
            // Plain HTTP: no HSTS (browsers would ignore it, and it must not pin a local trial).
            assertThat(headers.firstValue("Strict-Transport-Security")).as(path).isEmpty();
        }
    }

    @Test
    void hstsIsSentOverTls() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", org.hamcrest.Matchers.startsWith("max-age=")));
    }

    @Test
    void healthSaysUpAndNothingMore() {
        var response = api.get("/actuator/health", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void malformedJsonIsAProblemWithoutInternals() {
        var response = api.post("/api/operators", token, "{\"username\": ");
        assertProblem(response, 400);
        assertThat(response.body()).doesNotContain("Exception", "jackson", "at org.");
    }

    @Test
    void unknownApiRoutesAndWrongMethodsAreProblems() {
        assertProblem(api.get("/api/no-such-thing", token), 404);
        assertProblem(api.delete("/api/me", token), 405);
        assertProblem(api.get("/api/no-such-thing", null), 401);
    }

    @Test
    void oversizedBodiesAreRefusedWithOrWithoutADeclaredLength() {
        String big = "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        assertProblem(api.post("/api/operators", token, big), 413);

        var chunked = api.send(api.request("/api/operators", token).header("Content-Type", "application/json")
                .POST(unknownLength(big)));
        assertProblem(chunked, 413);
    }

    @Test
    void unknownPagesAreNotFoundForOperatorsAndSignInForStrangers() throws Exception {
        var marketer = fixtures.operator(Role.MARKETER);
        mvc.perform(get("/nowhere").with(authentication(fixtures.signedIn(marketer))))
                .andExpect(status().isNotFound());
        var stranger = api.get("/nowhere", null);
        assertThat(stranger.statusCode()).isEqualTo(302);
        assertThat(stranger.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void theErrorPageShowsNoInternals() {
        var page = api.send(api.request("/error", null).header("Accept", "text/html").GET());
        assertThat(page.body()).contains("<html").doesNotContain("Exception", "at org.", "Whitelabel", "trace");
    }

    private void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.json(response).path("status").asInt()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("trace", "\tat ");
    }

    /** A body sent chunked: the server learns its size only by reading it. */
    private static HttpRequest.BodyPublisher unknownLength(String body) {
        var inner = HttpRequest.BodyPublishers.ofString(body);
        return new HttpRequest.BodyPublisher() {
            @Override
            public long contentLength() {
                return -1;
            }

            @Override
            public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
                inner.subscribe(subscriber);
            }
        };
    }
}
