package org.rempart.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The test authenticator against RFC 6238's own test vectors (SHA-1 key, codes cut to 6 digits). */
class AuthenticatorAppTest {

    // "12345678901234567890" in base32, grouped as Rempart shows keys
    private static final String RFC_KEY = "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ";

    @Test
    void computesTheCodesOfRfc6238() {
        assertThat(AuthenticatorApp.base32(RFC_KEY)).isEqualTo("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
        assertThat(AuthenticatorApp.code(RFC_KEY, AuthenticatorApp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(AuthenticatorApp.code(RFC_KEY, AuthenticatorApp.step(Instant.ofEpochSecond(1111111109))))
                .isEqualTo("081804");
        assertThat(AuthenticatorApp.code(RFC_KEY, AuthenticatorApp.step(Instant.ofEpochSecond(2000000000))))
                .isEqualTo("279037");
    }

    @Test
    void aWrongCodeIsNoneOfTheCodesAcceptedNow() {
        long now = AuthenticatorApp.step(Instant.now());
        String wrong = AuthenticatorApp.wrongCode(RFC_KEY);
        assertThat(wrong).matches("\\d{6}");
        for (long step = now - 1; step <= now + 1; step++) {
            assertThat(wrong).isNotEqualTo(AuthenticatorApp.code(RFC_KEY, step));
        }
    }
}
