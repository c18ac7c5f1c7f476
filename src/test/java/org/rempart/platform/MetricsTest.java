package org.rempart.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rempart.HttpApi;
import org.rempart.StorageTest;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@StorageTest
class MetricsTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityFixtures fixtures;

    @Test
    void prometheusMetricsAreForAdminTokensOnly() {
        var api = new HttpApi(port);
        assertThat(api.get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(api.get("/actuator/prometheus", fixtures.operator(Role.SECURITY_OFFICER).token()).statusCode())
                .isEqualTo(403);
        var metrics = api.get("/actuator/prometheus", fixtures.operator(Role.ADMIN).token());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "http_server_requests");
    }

    @Test
    void nothingElseOfTheActuatorIsExposed() {
        var api = new HttpApi(port);
        String admin = fixtures.operator(Role.ADMIN).token();
        for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/heapdump",
                "/actuator/configprops", "/actuator/loggers", "/actuator/threaddump", "/actuator/mappings"}) {
            int status = api.get(path, admin).statusCode();
            assertThat(status).as(path).isIn(302, 403, 404);
        }
    }
}
