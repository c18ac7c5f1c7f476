package org.rempart.delivery.email;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMTP relay ({@code REMPART_SMTP_*}): where to connect, how the connection is protected,
 * the account, how many connections to keep open, and how long to wait for the server.
 */
@ConfigurationProperties("rempart.smtp")
public record SmtpSettings(
        String host,
        Integer port,
        String username,
        String password,
        @DefaultValue("starttls") String tls,
        @DefaultValue("8") int connections,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("60s") Duration timeout) {

    public SmtpSettings {
        require(host != null && !host.isBlank(), "REMPART_SMTP_HOST is empty");
        SmtpSecurity security = SmtpSecurity.of(tls);
        port = port == null ? (security == SmtpSecurity.IMPLICIT ? 465 : 587) : port;
        require(port > 0 && port < 65536, "REMPART_SMTP_PORT is not a port number");
        username = username == null || username.isBlank() ? null : username;
        password = password == null ? "" : password;
        require(username != null || password.isEmpty(), "REMPART_SMTP_PASSWORD is set without REMPART_SMTP_USERNAME");
        require(connections >= 1 && connections <= 256, "REMPART_SMTP_CONNECTIONS must be between 1 and 256");
        require(connectTimeout.isPositive() && timeout.isPositive(), "SMTP timeouts must be positive");
    }

    public SmtpSecurity security() {
        return SmtpSecurity.of(tls);
    }

    public boolean authenticates() {
        return username != null;
    }

    /** Without the password. */
    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", tls=" + security() + ", auth=" + authenticates()
                + ", connections=" + connections + "]";
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
