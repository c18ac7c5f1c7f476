package org.rempart.delivery.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rempart's DKIM signer, checked by the test verifier written separately from RFC 6376. */
class DkimSignerTest {

    static KeyPair key;
    static String publicKey;

    @BeforeAll
    static void generate() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        key = generator.generateKeyPair();
        publicKey = Base64.getEncoder().encodeToString(key.getPublic().getEncoded());
    }

    @Test
    void signsTheMessageRempartWritesOverItsHeadersAndBody() throws Exception {
        byte[] message = EmailMime.of(TestEmails.to("client@destinataires.example"), Instant.parse("2026-11-30T08:00:00Z"))
                .bytes();
        byte[] signed = DkimSigner.sign(message, "envoi.rempart-test.fr", "rempart", key.getPrivate(),
                Instant.parse("2026-11-30T08:00:01Z"));

        var result = DkimVerifier.verify(signed, publicKey);
        assertThat(result.bodyHashMatches()).isTrue();
        assertThat(result.signatureValid()).isTrue();
        assertThat(result.tags()).containsEntry("v", "1").containsEntry("a", "rsa-sha256")
                .containsEntry("c", "relaxed/relaxed").containsEntry("d", "envoi.rempart-test.fr")
                .containsEntry("s", "rempart").containsEntry("t", "1796025601");
        assertThat(List.of(result.tags().get("h").split(":"))).containsExactly("From", "To", "Subject", "Date",
                "Message-ID", "MIME-Version", "Content-Type", "List-Unsubscribe", "List-Unsubscribe-Post");
        String text = new String(signed, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("DKIM-Signature: ").endsWith(new String(message, StandardCharsets.ISO_8859_1));
        assertThat(text.substring(0, text.indexOf("\r\nFrom: ")).split("\r\n")).allMatch(line -> line.length() <= 78);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "one line without its line break", "  leading\t \tand   inner  runs \t\r\nend\r\n",
        "trailing empty lines\r\n\r\n\r\n", "\r\n\r\nleading empty lines\r\n", "only  \t\r\n \r\n\t\r\n",
        "a\r\n \r\nb \t", "bare\rcarriage and\nline feed\r\n"})
    void canonicalisesBodiesAsTheRfcSays(String body) throws Exception {
        byte[] message = ("From: Rempart <offres@envoi.rempart-test.fr>\r\nSubject:  Offres \t d'été\r\n"
                + "Content-Type: text/plain;\r\n\tcharset=UTF-8\r\n\r\n" + body).getBytes(StandardCharsets.ISO_8859_1);
        byte[] signed = DkimSigner.sign(message, "envoi.rempart-test.fr", "rempart", key.getPrivate(), Instant.EPOCH);

        var result = DkimVerifier.verify(signed, publicKey);
        assertThat(result.bodyHashMatches()).isTrue();
        assertThat(result.signatureValid()).isTrue();
        assertThat(result.tags().get("h")).isEqualTo("From:Subject:Content-Type");
    }

    @Test
    void aChangedBodyOrHeaderNoLongerVerifies() throws Exception {
        byte[] message = EmailMime.of(TestEmails.to("client@destinataires.example"), Instant.EPOCH).bytes();
        String signed = new String(DkimSigner.sign(message, "envoi.rempart-test.fr", "rempart", key.getPrivate(),
                Instant.EPOCH), StandardCharsets.ISO_8859_1);

        var body = DkimVerifier.verify(signed.replace("voir", "vo1r").getBytes(StandardCharsets.ISO_8859_1), publicKey);
        assertThat(body.bodyHashMatches()).isFalse();
        var header = DkimVerifier.verify(signed.replace("To: client@", "To: cliend@")
                .getBytes(StandardCharsets.ISO_8859_1), publicKey);
        assertThat(header.bodyHashMatches()).isTrue();
        assertThat(header.signatureValid()).isFalse();
        var refolded = DkimVerifier.verify(signed.replace("Subject: ", "Subject:   \t")
                .getBytes(StandardCharsets.ISO_8859_1), publicKey);
        assertThat(refolded.signatureValid()).as("relaxed: white space changes keep the signature").isTrue();
    }
}
