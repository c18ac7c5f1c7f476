package org.rempart.delivery.email;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.rempart.delivery.OutgoingEmail;

/**
 * Turns an {@link OutgoingEmail} into the MIME message put on the wire: multipart/alternative
 * (text then HTML, UTF-8, quoted-printable), From with its display name, To, encoded Subject,
 * Date, the delivery's own Message-ID, and the unsubscribe headers of RFC 8058. The envelope
 * sender is the delivery's VERP bounce address.
 */
public final class EmailMime {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private EmailMime() {
    }

    public static SMTPMessage of(Session session, OutgoingEmail email) throws MessagingException {
        var message = new FixedIdMessage(session, "<" + email.messageId() + ">");
        message.setFrom(sender(email));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(email.to(), false));
        message.setSubject(email.subject(), UTF_8);
        message.setSentDate(new Date());
        message.setHeader("List-Unsubscribe", listUnsubscribe(email));
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        var alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(part(email.text(), "plain"));
        alternatives.addBodyPart(part(email.html(), "html"));
        message.setContent(alternatives);
        message.setEnvelopeFrom(email.bounceAddress());
        message.saveChanges();
        return message;
    }

    private static InternetAddress sender(OutgoingEmail email) throws MessagingException {
        try {
            return new InternetAddress(email.from().address(), email.from().name().isEmpty() ? null : email.from().name(),
                    UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    private static String listUnsubscribe(OutgoingEmail email) {
        String url = "<" + email.unsubscribeUrl() + ">";
        return email.unsubscribeMailto() == null ? url : url + ", <" + email.unsubscribeMailto() + ">";
    }

    private static MimeBodyPart part(String body, String subtype) throws MessagingException {
        var part = new MimeBodyPart();
        part.setText(body, UTF_8, subtype);
        part.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return part;
    }

    /** Keeps the delivery's Message-ID, which Jakarta Mail would otherwise replace with a random one. */
    private static final class FixedIdMessage extends SMTPMessage {

        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
