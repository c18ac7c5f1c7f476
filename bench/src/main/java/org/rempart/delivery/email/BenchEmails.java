package org.rempart.delivery.email;

import jakarta.mail.internet.AddressException;
import java.time.Instant;
import org.rempart.delivery.Mailbox;
import org.rempart.delivery.OutgoingEmail;

/** Campaign emails of a chosen size for the email benchmarks: the text and HTML parts share it. */
public final class BenchEmails {

    private static final Mailbox SENDER = new Mailbox("Rempart Offres", "offres@bench.rempart.example");

    private BenchEmails() {
    }

    /**
     * A message whose bytes on the wire number {@code messageBytes} within 1%: the body's size is
     * adjusted until the MIME message (headers, both parts, quoted-printable) has that length.
     */
    public static WireMessage wireMessageOf(int messageBytes) throws AddressException {
        int body = messageBytes;
        WireMessage message = EmailMime.of(of(1, body), Instant.EPOCH);
        for (int i = 0; i < 10 && Math.abs(message.bytes().length - messageBytes) > messageBytes / 100; i++) {
            body = Math.max(1, (int) ((long) body * messageBytes / message.bytes().length));
            message = EmailMime.of(of(1, body), Instant.EPOCH);
        }
        return message;
    }

    /** Email number {@code n} of about {@code bytes} bytes of body (text and HTML together). */
    public static OutgoingEmail of(long n, int bytes) {
        String sentence = "Découvrez nos offres de la semaine, valables en boutique et en ligne. ";
        String filler = sentence.repeat(bytes / 2 / sentence.length() + 1).substring(0, Math.max(1, bytes / 2));
        return new OutgoingEmail(n, "d" + n + ".bench@bench.rempart.example", SENDER,
                "client" + n + "@destinataires.example", "Bonjour, vos offres n°" + n, "<html><body><p>" + filler
                        + "</p><p><a href=\"https://rempart.example/u/T" + n + "\">Se désabonner</a></p></body></html>",
                filler + "\nSe désabonner : https://rempart.example/u/T" + n + "\n", "https://rempart.example/u/T" + n,
                "mailto:unsubscribe+" + n + "@bench.rempart.example", "bounce+" + n + "@bench.rempart.example");
    }
}
