package org.rempart.delivery.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SmtpSettingsTest {

    private static SmtpSettings settings(String host, Integer port, String username, String password, String tls,
            int connections) {
        return new SmtpSettings(host, port, username, password, tls, connections, Duration.ofSeconds(10),
                Duration.ofSeconds(60));
    }

    @Test
    void defaultsFollowTheProtection() {
        assertThat(settings("relay.example", null, null, null, "starttls", 8).port()).isEqualTo(587);
        assertThat(settings("relay.example", null, null, null, "IMPLICIT", 8).port()).isEqualTo(465);
        assertThat(settings("relay.example", 25, "", null, "none", 8).authenticates()).isFalse();
        assertThat(settings("relay.example", 25, "rempart", "secret", "opportunistic", 8))
                .satisfies(s -> assertThat(s.security()).isEqualTo(SmtpSecurity.OPPORTUNISTIC))
                .hasToString("SmtpSettings[relay.example:25, tls=OPPORTUNISTIC, auth=true, connections=8]");
    }

    @Test
    void wrongSettingsAreRefusedByName() {
        assertThatThrownBy(() -> settings(" ", null, null, null, "starttls", 8)).hasMessage("REMPART_SMTP_HOST is empty");
        assertThatThrownBy(() -> settings("relay.example", null, null, null, "ssl", 8))
                .hasMessage("REMPART_SMTP_TLS must be starttls, opportunistic, implicit or none");
        assertThatThrownBy(() -> settings("relay.example", 70000, null, null, "none", 8))
                .hasMessage("REMPART_SMTP_PORT is not a port number");
        assertThatThrownBy(() -> settings("relay.example", 25, null, "secret", "none", 8))
                .hasMessage("REMPART_SMTP_PASSWORD is set without REMPART_SMTP_USERNAME");
        assertThatThrownBy(() -> settings("relay.example", 25, null, null, "none", 0))
                .hasMessage("REMPART_SMTP_CONNECTIONS must be between 1 and 256");
    }
}
