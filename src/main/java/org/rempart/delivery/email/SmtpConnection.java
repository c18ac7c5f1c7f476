package org.rempart.delivery.email;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.angus.mail.smtp.SMTPMessage;

/**
 * One connection of the pool: a Jakarta Mail transport reused for many messages, opened on first
 * use and again after it was lost. Used by one thread at a time.
 */
final class SmtpConnection {

    /** Beyond this silence the server may have closed the connection: check with a NOOP before use. */
    private static final Duration IDLE_CHECK = Duration.ofSeconds(20);

    private final Session session;
    private final SmtpSettings settings;
    private Transport transport;
    private Instant lastUsed = Instant.MIN;

    SmtpConnection(Session session, SmtpSettings settings) {
        this.session = session;
        this.settings = settings;
    }

    /** Whether a usable session is open, checked with the server when the connection was idle. */
    boolean ready() {
        if (transport == null) {
            return false;
        }
        if (Instant.now().isAfter(lastUsed.plus(IDLE_CHECK)) && !transport.isConnected()) {
            close();
            return false;
        }
        return true;
    }

    /** Opens the session: greeting, EHLO, STARTTLS or TLS, AUTH. */
    void open() throws MessagingException {
        close();
        Transport opened = session.getTransport("smtp");
        if (settings.authenticates()) {
            opened.connect(settings.host(), settings.port(), settings.username(), settings.password());
        } else {
            opened.connect();
        }
        transport = opened;
        lastUsed = Instant.now();
    }

    void send(WireMessage message, Address recipient) throws MessagingException {
        lastUsed = Instant.now();
        transport.sendMessage(new Prebuilt(session, message), new Address[] {recipient});
    }

    /** After a refusal: whether the server kept the session open. */
    void keepIfConnected() {
        if (transport != null && !transport.isConnected()) {
            close();
        }
    }

    void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // The connection is being dropped anyway.
            }
            transport = null;
        }
    }

    /** Hands Jakarta Mail's transport the bytes already built, which it writes as they are. */
    private static final class Prebuilt extends SMTPMessage {

        private final byte[] bytes;

        Prebuilt(Session session, WireMessage message) {
            super(session);
            this.bytes = message.bytes();
            setEnvelopeFrom(message.envelopeFrom());
        }

        @Override
        public void writeTo(OutputStream out, String[] ignoredHeaders) throws IOException {
            out.write(bytes);
        }
    }
}
