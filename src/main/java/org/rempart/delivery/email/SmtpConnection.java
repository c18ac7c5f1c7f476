package org.rempart.delivery.email;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.angus.mail.smtp.SMTPMessage;

/**
 * One connection of the pool: a Jakarta Mail transport reused for many messages, opened on first
 * use and again after it was lost. Used by one thread at a time, except {@link #cutIfBlocked}.
 */
final class SmtpConnection {

    /** Beyond this silence the server may have closed the connection: check with a NOOP before use. */
    private static final Duration IDLE_CHECK = Duration.ofSeconds(20);

    private final SmtpSettings settings;
    private final ConnectionSockets sockets = new ConnectionSockets();
    private final Session session;
    private Transport transport;
    private Instant lastUsed = Instant.MIN;

    SmtpConnection(SmtpSettings settings, SSLSocketFactory tls) {
        this.settings = settings;
        this.session = Session.getInstance(properties(settings, sockets, tls));
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

    void send(WireMessage message) throws MessagingException {
        lastUsed = Instant.now();
        transport.sendMessage(new Prebuilt(session, message), new Address[] {message.recipient()});
    }

    /** After a refusal: whether the server kept the session open. */
    void keepIfConnected() {
        if (transport != null && !transport.isConnected()) {
            close();
        }
    }

    /** Closes the connection under a write blocked longer than the timeout; true if it did. */
    boolean cutIfBlocked() {
        return sockets.cutIfBlocked(settings.timeout());
    }

    /** Whether the connection was lost because a write was blocked longer than the timeout. */
    boolean wasCut() {
        return sockets.wasCut();
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

    private static Properties properties(SmtpSettings settings, ConnectionSockets sockets, SSLSocketFactory tls) {
        var properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.auth", String.valueOf(settings.authenticates()));
        properties.put("mail.smtp.connectiontimeout", String.valueOf(settings.connectTimeout().toMillis()));
        properties.put("mail.smtp.timeout", String.valueOf(settings.timeout().toMillis()));
        properties.put("mail.smtp.quitwait", "false");
        properties.put("mail.smtp.socketFactory", sockets.plain());
        // No second try on a socket of Jakarta Mail's own, which would be neither watched nor configured.
        properties.put("mail.smtp.socketFactory.fallback", "false");
        properties.put("mail.smtp.ssl.socketFactory", sockets.implicitTls(tls));
        properties.put("mail.smtp.ssl.checkserveridentity", "true");
        switch (settings.security()) {
            case STARTTLS -> {
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
            }
            case OPPORTUNISTIC -> properties.put("mail.smtp.starttls.enable", "true");
            case IMPLICIT -> properties.put("mail.smtp.ssl.enable", "true");
            case NONE -> properties.put("mail.smtp.starttls.enable", "false");
        }
        return properties;
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
