package org.rempart.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238, appendix B: the SHA-1 key "12345678901234567890", 8-digit codes truncated to 6. */
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void matchesTheRfc6238TestVectors() {
        assertThat(Totp.code(RFC_KEY, 59 / 30)).isEqualTo("287082");
        assertThat(Totp.code(RFC_KEY, 1111111109L / 30)).isEqualTo("081804");
        assertThat(Totp.code(RFC_KEY, 1234567890L / 30)).isEqualTo("005924");
        assertThat(Totp.code(RFC_KEY, 2000000000L / 30)).isEqualTo("279037");
    }

    @Test
    void acceptsOneStepOfDriftEachWayAndNoMore() {
        var totp = new Totp(Clock.fixed(Instant.ofEpochSecond(1234567890L), ZoneOffset.UTC));
        long now = 1234567890L / 30;
        assertThat(totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, now))).hasValue(now);
        assertThat(totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, now - 1))).hasValue(now - 1);
        assertThat(totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, now + 1))).hasValue(now + 1);
        assertThat(totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, now - 2))).isEmpty();
        assertThat(totp.matchingStep(RFC_KEY, "12345")).isEmpty();
        assertThat(totp.matchingStep(RFC_KEY, null)).isEmpty();
    }

    @Test
    void theUriIsWhatAuthenticatorAppsRead() {
        assertThat(Totp.uri("Rempart", "jane.doe", "JBSWY3DPEHPK3PXP")).isEqualTo(
                "otpauth://totp/Rempart:jane.doe?secret=JBSWY3DPEHPK3PXP&issuer=Rempart&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void base32RoundTrips() {
        byte[] key = new byte[20];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (i * 37 + 11);
        }
        String text = SecretGenerator.base32(key);
        assertThat(text).hasSize(32).matches("[A-Z2-7]+");
        assertThat(SecretGenerator.fromBase32(text)).isEqualTo(key);
        assertThat(SecretGenerator.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
    }
}
