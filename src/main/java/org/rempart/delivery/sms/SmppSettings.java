package org.rempart.delivery.sms;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMSC account ({@code REMPART_SMPP_*}): where to bind, with which credentials, how many
 * binds, the window of outstanding requests per bind and the contracted rate in messages (SMPP
 * requests) per second across binds, and the timings of keep-alive, answers, reconnection and
 * retries. Lengths follow SMPP 3.4's fields.
 */
@ConfigurationProperties("rempart.smpp")
record SmppSettings(
        String host,
        @DefaultValue("2775") int port,
        String systemId,
        @DefaultValue("") String password,
        @DefaultValue("") String systemType,
        @DefaultValue("10") int window,
        @DefaultValue("100") double rate,
        @DefaultValue("1") int binds,
        @DefaultValue("udh") Concatenation concatenation,
        @DefaultValue("30s") Duration enquireLink,
        @DefaultValue("10s") Duration responseTimeout,
        @DefaultValue("1s") Duration reconnectMin,
        @DefaultValue("60s") Duration reconnectMax,
        @DefaultValue("30s") Duration bindWait,
        @DefaultValue("200ms") Duration retryMin,
        @DefaultValue("10s") Duration retryMax,
        @DefaultValue("8") int attempts) {

    SmppSettings {
        password = password == null ? "" : password;
        systemType = systemType == null ? "" : systemType;
        require(host != null && !host.isBlank(), "REMPART_SMPP_HOST is empty");
        require(port > 0 && port < 65536, "REMPART_SMPP_PORT is not a port number");
        require(systemId != null && !systemId.isBlank() && systemId.length() <= 15,
                "REMPART_SMPP_SYSTEM_ID must have 1 to 15 characters");
        require(password.length() <= 8, "REMPART_SMPP_PASSWORD is longer than the 8 characters SMPP allows");
        require(systemType.length() <= 12, "REMPART_SMPP_SYSTEM_TYPE is longer than the 12 characters SMPP allows");
        require(window >= 1, "REMPART_SMPP_WINDOW must be at least 1");
        require(rate > 0, "REMPART_SMPP_RATE must be a positive number of messages per second");
        require(binds >= 1, "REMPART_SMPP_BINDS must be at least 1");
        require(attempts >= 1, "REMPART_SMPP_ATTEMPTS must be at least 1");
        for (Duration duration : new Duration[] {enquireLink, responseTimeout, reconnectMin, reconnectMax, bindWait,
                retryMin, retryMax}) {
            require(duration.isPositive(), "SMPP durations must be positive");
        }
    }

    /** Without the password. */
    @Override
    public String toString() {
        return "SmppSettings[" + systemId + "@" + host + ":" + port + ", binds=" + binds + ", window=" + window
                + ", rate=" + rate + "/s, " + concatenation + "]";
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
