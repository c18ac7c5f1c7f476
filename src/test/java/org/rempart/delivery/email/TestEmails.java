package org.rempart.delivery.email;

import java.util.concurrent.atomic.AtomicLong;
import org.rempart.delivery.Mailbox;
import org.rempart.delivery.OutgoingEmail;

/** Emails as the dispatch engine hands them to a transport. */
public final class TestEmails {

    static final Mailbox SENDER = new Mailbox("Boutique Rempart Été", "offres@envoi.rempart-test.fr");
    private static final AtomicLong DELIVERY = new AtomicLong(1000);

    private TestEmails() {
    }

    public static OutgoingEmail to(String recipient) {
        long delivery = DELIVERY.incrementAndGet();
        return new OutgoingEmail(delivery, "d" + delivery + ".c7@envoi.rempart-test.fr", SENDER, recipient,
                "Bonjour Élodie, vos offres d'été",
                "<html><body><p>Bonjour Élodie,</p><p>Nos offres d'été : <a href=\"https://rempart.example/c/x\">voir</a></p>"
                        + "<p><a href=\"https://rempart.example/u/TOKEN" + delivery + "\">Se désabonner</a></p></body></html>",
                "Bonjour Élodie,\n\nNos offres d'été : https://rempart.example/c/x\n\nSe désabonner : https://rempart.example/u/TOKEN"
                        + delivery + "\n",
                "https://rempart.example/u/TOKEN" + delivery, "mailto:unsubscribe+" + delivery + "@envoi.rempart-test.fr",
                "bounce+" + delivery + "@envoi.rempart-test.fr");
    }

    /** The same email with {@code bytes} more of HTML. */
    static OutgoingEmail padded(String recipient, int bytes) {
        OutgoingEmail e = to(recipient);
        return with(e, e.from(), e.html() + "<p>" + "x".repeat(bytes) + "</p>");
    }

    /** The same email from another sender. */
    static OutgoingEmail from(Mailbox sender, String recipient) {
        OutgoingEmail e = to(recipient);
        return with(e, sender, e.html());
    }

    private static OutgoingEmail with(OutgoingEmail e, Mailbox from, String html) {
        return new OutgoingEmail(e.deliveryId(), e.messageId(), from, e.to(), e.subject(), html, e.text(),
                e.unsubscribeUrl(), e.unsubscribeMailto(), e.bounceAddress());
    }
}
