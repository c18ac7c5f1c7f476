package org.rempart.delivery.email;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.rempart.delivery.OutgoingEmail;

/**
 * Writes an {@link OutgoingEmail} as the bytes of its MIME message: multipart/alternative (text
 * then HTML, UTF-8, quoted-printable), From with its display name, To, encoded Subject, Date, the
 * delivery's own Message-ID, and the unsubscribe headers of RFC 8058. Built in one pass rather
 * than through Jakarta Mail's object model and its byte-at-a-time encoding streams, which cost
 * more than everything else a campaign does per message. A writer writes message after message
 * on one thread, its encoders' buffers reused from one to the next: what a campaign allocates is
 * what its garbage collection costs.
 */
public final class EmailMime {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final QuotedPrintable text = new QuotedPrintable();
    private final QuotedPrintable html = new QuotedPrintable();

    /** One message, by a writer of its own. */
    public static WireMessage of(OutgoingEmail email, Instant date) throws AddressException {
        return new EmailMime().write(email, date);
    }

    /** The message, dated {@code date}; {@link AddressException} when the recipient is not an address. */
    public WireMessage write(OutgoingEmail email, Instant date) throws AddressException {
        // Quoted-printable never writes "=_": no encoded body can hold this boundary.
        String boundary = "=_rempart_" + email.deliveryId();
        // Strictly, as the envelope's RCPT TO takes it.
        var recipient = new InternetAddress(email.to(), true);
        var head = new StringBuilder(512);
        header(head, "From", HeaderText.mailbox(email.from().name(), email.from().address(), "From: ".length()));
        header(head, "To", recipient.getAddress());
        header(head, "Subject", HeaderText.unstructured(email.subject(), "Subject: ".length()));
        header(head, "Date", DATE.format(date));
        header(head, "Message-ID", "<" + email.messageId() + ">");
        header(head, "MIME-Version", "1.0");
        header(head, "List-Unsubscribe", listUnsubscribe(email));
        header(head, "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        header(head, "Content-Type", "multipart/alternative;\r\n\tboundary=\"" + boundary + "\"");
        head.append("\r\n");
        byte[] headers = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] textStart = partStart("", boundary, "plain");
        byte[] htmlStart = partStart("\r\n", boundary, "html");
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        text.encode(email.text());
        html.encode(email.html());
        // Assembled in an array of the exact size: the body is most of the message's bytes.
        byte[] message = new byte[headers.length + textStart.length + text.length() + htmlStart.length
                + html.length() + end.length];
        int at = copy(headers, message, 0);
        at = text.copyTo(message, copy(textStart, message, at));
        at = html.copyTo(message, copy(htmlStart, message, at));
        copy(end, message, at);
        return new WireMessage(message, email.bounceAddress(), recipient);
    }

    private static int copy(byte[] bytes, byte[] target, int offset) {
        System.arraycopy(bytes, 0, target, offset, bytes.length);
        return offset + bytes.length;
    }

    private static void header(StringBuilder head, String name, String value) {
        head.append(name).append(": ").append(value).append("\r\n");
    }

    private static String listUnsubscribe(OutgoingEmail email) {
        String url = "<" + email.unsubscribeUrl() + ">";
        return email.unsubscribeMailto() == null ? url : url + ", <" + email.unsubscribeMailto() + ">";
    }

    /** The boundary line and headers of a part, after the line break that ends the part before, if any. */
    private static byte[] partStart(String lineBreak, String boundary, String subtype) {
        return (lineBreak + "--" + boundary + "\r\nContent-Type: text/" + subtype
                + "; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
