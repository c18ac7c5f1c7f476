package org.rempart.delivery.email;

import org.rempart.delivery.Mailbox;
import org.rempart.delivery.OutgoingEmail;

/** Campaign emails of a chosen size for the email benchmarks: the text and HTML parts share it. */
public final class BenchEmails {

    private static final Mailbox SENDER = new Mailbox("Rempart Offres", "offres@bench.rempart.example");

    private BenchEmails() {
    }

    /** Email number {@code n} of about {@code bytes} bytes of body (text and HTML together). */
    public static OutgoingEmail of(long n, int bytes) {
        String filler = "Découvrez nos offres de la semaine, valables en boutique et en ligne. ".repeat(
                Math.max(1, bytes / 2 / 72));
        return new OutgoingEmail(n, "d" + n + ".bench@bench.rempart.example", SENDER,
                "client" + n + "@destinataires.example", "Bonjour, vos offres n°" + n, "<html><body><p>" + filler
                        + "</p><p><a href=\"https://rempart.example/u/T" + n + "\">Se désabonner</a></p></body></html>",
                filler + "\nSe désabonner : https://rempart.example/u/T" + n + "\n", "https://rempart.example/u/T" + n,
                "mailto:unsubscribe+" + n + "@bench.rempart.example", "bounce+" + n + "@bench.rempart.example");
    }
}
