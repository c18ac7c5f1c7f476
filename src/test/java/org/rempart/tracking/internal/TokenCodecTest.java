package org.rempart.tracking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rempart.vault.SecretBox;

/** Tokens round-trip, and any change to one, or a token of another key or kind, is unknown. */
class TokenCodecTest {

    /** Seals nothing: the codec only needs the key it opens to. */
    private static final SecretBox CLEAR_BOX = new SecretBox() {
        @Override
        public String seal(String secret, String context) {
            return secret;
        }

        @Override
        public String open(String sealed, String context) {
            return sealed;
        }
    };

    private static TokenCodec codec() {
        return new TokenCodec(new TrackingKey(new InMemoryKeyRepository(), CLEAR_BOX, new SecureRandom(),
                Clock.systemUTC()));
    }

    /** Holds the sealed key as the table would. */
    private static final class InMemoryKeyRepository extends TrackingRepository {
        private String sealed;

        InMemoryKeyRepository() {
            super(null);
        }

        @Override
        Optional<String> sealedKey() {
            return Optional.ofNullable(sealed);
        }

        @Override
        void insertSealedKey(String sealed, Instant at) {
            this.sealed = sealed;
        }
    }

    private final TokenCodec codec = codec();

    @Test
    void aTokenRoundTripsInAnyLetterCaseAndIsTheSameForTheSameLink() {
        Token token = new Token(TokenKind.CLICK, 123_456_789L, 7);
        String text = codec.encode(token);

        assertThat(text).matches("[0-9a-z]{44}").doesNotContain("123456789");
        assertThat(codec.decode(text)).hasValue(token);
        assertThat(codec.decode(text.toUpperCase())).hasValue(token);
        assertThat(codec.encode(token)).isEqualTo(text);
    }

    @Test
    void neighbouringDeliveriesGetUnrelatedTokens() {
        Set<String> prefixes = new HashSet<>();
        for (long delivery = 1; delivery <= 50; delivery++) {
            prefixes.add(codec.encode(new Token(TokenKind.OPEN, delivery, 0)).substring(0, 8));
        }
        assertThat(prefixes).hasSize(50);
    }

    @Test
    void everyAlteredCharacterMakesTheTokenUnknown() {
        String text = codec.encode(new Token(TokenKind.UNSUBSCRIBE, 42, 0));
        for (int i = 0; i < text.length(); i++) {
            char other = text.charAt(i) == 'z' ? 'y' : (char) (text.charAt(i) == '9' ? 'a' : text.charAt(i) + 1);
            String altered = text.substring(0, i) + other + text.substring(i + 1);
            assertThat(codec.decode(altered)).as("position " + i).isEmpty();
        }
    }

    @Test
    void anotherKeysTokensAndGarbageAreUnknown() {
        String foreign = codec().encode(new Token(TokenKind.OPEN, 42, 0));

        assertThat(codec.decode(foreign)).isEmpty();
        assertThat(codec.decode(null)).isEmpty();
        assertThat(codec.decode("")).isEmpty();
        assertThat(codec.decode("z".repeat(44))).isEmpty();
        assertThat(codec.decode("-".repeat(44))).isEmpty();
        assertThat(codec.decode("0".repeat(45))).isEmpty();
        String text = codec.encode(new Token(TokenKind.OPEN, 42, 0));
        String fullwidth = (char) (text.charAt(0) + 0xFEE0) + text.substring(1);
        assertThat(Character.digit(fullwidth.charAt(0), 36)).isEqualTo(Character.digit(text.charAt(0), 36));
        assertThat(codec.decode(fullwidth)).isEmpty();
    }

    @Test
    void base36IsWhatBigIntegerWritesLeftPaddedToTheTokenLength() {
        var random = new java.util.SplittableRandom(36);
        List<byte[]> values = new ArrayList<>(List.of(new byte[28], filled((byte) 0xff), filled((byte) 0x80)));
        for (int i = 0; i < 5_000; i++) {
            byte[] value = new byte[28];
            random.nextBytes(value);
            // Leading zero bytes too, which give leading zero digits.
            java.util.Arrays.fill(value, 0, random.nextInt(28), (byte) 0);
            values.add(value);
        }
        for (byte[] value : values) {
            String expected = new BigInteger(1, value).toString(36);
            assertThat(Base36.encode(value, TokenCodec.LENGTH)).isEqualTo("0".repeat(TokenCodec.LENGTH - expected.length())
                    + expected);
        }
    }

    private static byte[] filled(byte b) {
        byte[] value = new byte[28];
        java.util.Arrays.fill(value, b);
        return value;
    }
}
