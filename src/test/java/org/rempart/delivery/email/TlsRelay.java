package org.rempart.delivery.email;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * A relay that speaks TLS in front of GreenMail's plain SMTP, as a relay on port 465 (implicit
 * TLS) or 587 (STARTTLS) does, with a certificate of its own made for the test by the JDK's
 * keytool; counts the TLS sessions it established.
 */
final class TlsRelay extends LoopbackServer {

    /** TLS from the first byte, or after STARTTLS. */
    enum Mode {
        IMPLICIT, STARTTLS
    }

    /** A key and its self-signed certificate, and a client context that trusts that certificate only. */
    record Certificate(SSLContext server, SSLContext trustingClient) {

        private static final char[] PASSWORD = "relay-test".toCharArray();

        /** Made with keytool in {@code directory}, for the names of {@code subjectAlternativeNames} ({@code ip:127.0.0.1}). */
        static Certificate of(Path directory, String subjectAlternativeNames) throws Exception {
            Path file = Files.createTempFile(directory, "relay", ".p12");
            Files.delete(file);
            Process keytool = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool")
                    .toString(), "-genkeypair", "-alias", "relay", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=relay", "-ext", "SAN=" + subjectAlternativeNames, "-validity", "2",
                    "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", new String(PASSWORD)))
                    .redirectErrorStream(true).start();
            String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (keytool.waitFor() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            var keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                keys.load(in, PASSWORD);
            }
            var keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, PASSWORD);
            var server = SSLContext.getInstance("TLS");
            server.init(keyManagers.getKeyManagers(), null, null);
            var trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("relay", keys.getCertificate("relay"));
            var trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trusted);
            var client = SSLContext.getInstance("TLS");
            client.init(null, trustManagers.getTrustManagers(), null);
            return new Certificate(server, client);
        }
    }

    private final Mode mode;
    private final SSLContext tls;
    private final int upstreamPort;
    private final AtomicInteger sessions = new AtomicInteger();

    TlsRelay(Mode mode, Certificate certificate, int upstreamPort) throws IOException {
        this.mode = mode;
        this.tls = certificate.server();
        this.upstreamPort = upstreamPort;
        accept("tls-relay");
    }

    /** TLS sessions established with clients so far. */
    int sessions() {
        return sessions.get();
    }

    @Override
    void serve(Socket client) {
        try (client) {
            Socket secured = mode == Mode.IMPLICIT ? secure(client) : afterStartTls(client);
            if (secured == null) {
                return;
            }
            try (secured; Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
                track(upstream);
                InputStream fromServer = new BufferedInputStream(upstream.getInputStream());
                if (mode == Mode.STARTTLS) {
                    skipLine(fromServer); // the server's greeting: the client had the relay's before STARTTLS
                }
                OutputStream toClient = secured.getOutputStream();
                Thread.ofVirtual().start(() -> pipe(fromServer, toClient));
                pipe(secured.getInputStream(), upstream.getOutputStream());
            }
        } catch (IOException e) {
            // one side closed, or the client refused the relay's certificate
        }
    }

    private SSLSocket secure(Socket plain) throws IOException {
        var socket = (SSLSocket) tls.getSocketFactory().createSocket(plain, null, plain.getPort(), true);
        socket.setUseClientMode(false);
        socket.startHandshake();
        sessions.incrementAndGet();
        return socket;
    }

    /** The plain part of a STARTTLS conversation; null when the client leaves before TLS. */
    private SSLSocket afterStartTls(Socket client) throws IOException {
        var lines = new SmtpLines(new BufferedInputStream(client.getInputStream()));
        OutputStream out = client.getOutputStream();
        SmtpLines.reply(out, "220 relay ESMTP");
        byte[] line;
        while ((line = lines.next()) != null) {
            String command = SmtpLines.text(line).toUpperCase(Locale.ROOT);
            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                SmtpLines.reply(out, "250-relay\r\n250 STARTTLS");
            } else if (command.equals("STARTTLS")) {
                SmtpLines.reply(out, "220 2.0.0 Ready to start TLS");
                return secure(client);
            } else if (command.equals("QUIT")) {
                SmtpLines.reply(out, "221 2.0.0 Bye");
                return null;
            } else {
                SmtpLines.reply(out, "530 5.7.0 Must issue a STARTTLS command first");
            }
        }
        return null;
    }

    private static void skipLine(InputStream in) throws IOException {
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            // the line is dropped
        }
    }

    private static void pipe(InputStream from, OutputStream to) {
        try (from; to) {
            from.transferTo(to);
        } catch (IOException e) {
            // closed
        }
    }
}
