package org.rempart.delivery.email;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small, fast SMTP server that accepts every message and keeps only counts: for benchmarks,
 * where a server that stores what it receives (GreenMail) would measure itself. Speaks enough
 * ESMTP for Jakarta Mail (EHLO, MAIL, RCPT, DATA with dot-stuffing, RSET, NOOP, QUIT), one
 * virtual thread per connection. It announces 8BITMIME, as relays do; for tests, {@link
 * #keeping} makes one that keeps what it receives, and may announce it or not.
 */
public final class SmtpSink extends LoopbackServer {

    /** A message as received: its MAIL command, and its bytes, dot-stuffing undone. */
    public record Received(String mailCommand, byte[] data) {
    }

    private final AtomicLong messages = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final boolean eightBitMime;
    private final List<Received> kept;

    public SmtpSink() throws IOException {
        this(true, null);
    }

    private SmtpSink(boolean eightBitMime, List<Received> kept) throws IOException {
        this.eightBitMime = eightBitMime;
        this.kept = kept;
        accept("smtp-sink");
    }

    /** A sink that keeps every message, announcing 8BITMIME or not. */
    public static SmtpSink keeping(boolean eightBitMime) throws IOException {
        return new SmtpSink(eightBitMime, new CopyOnWriteArrayList<>());
    }

    /** The messages kept, in the order received. */
    public List<Received> received() {
        return List.copyOf(kept);
    }

    /** Messages accepted (250 after the final dot). */
    public long messages() {
        return messages.get();
    }

    /** Bytes of message data received, dot-stuffing and final dot excluded. */
    public long bytes() {
        return bytes.get();
    }

    @Override
    void serve(Socket socket) {
        try (socket) {
            var lines = new SmtpLines(new BufferedInputStream(socket.getInputStream(), 65536));
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 8192);
            reply(out, "220 sink ESMTP");
            byte[] line;
            String mail = null;
            while ((line = lines.next()) != null) {
                String command = SmtpLines.text(line).toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO")) {
                    reply(out, "250-sink\r\n" + (eightBitMime ? "250-8BITMIME\r\n" : "") + "250 SIZE 52428800");
                } else if (command.startsWith("MAIL")) {
                    mail = SmtpLines.text(line);
                    reply(out, "250 2.0.0 ok");
                } else if (command.startsWith("DATA")) {
                    reply(out, "354 go ahead");
                    readData(lines, mail);
                    messages.incrementAndGet();
                    reply(out, "250 2.0.0 accepted");
                } else if (command.startsWith("QUIT")) {
                    reply(out, "221 2.0.0 bye");
                    return;
                } else {
                    reply(out, "250 2.0.0 ok");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private void readData(SmtpLines lines, String mail) throws IOException {
        long received = 0;
        var data = kept == null ? null : new ByteArrayOutputStream();
        byte[] line;
        while ((line = lines.next()) != null) {
            if (line.length >= 1 && line[0] == '.' && SmtpLines.text(line).equals(".")) {
                break;
            }
            received += line.length;
            if (data != null) {
                int stuffed = line.length > 1 && line[0] == '.' ? 1 : 0;
                data.write(line, stuffed, line.length - stuffed);
            }
        }
        bytes.addAndGet(received);
        if (data != null) {
            kept.add(new Received(mail, data.toByteArray()));
        }
    }

    private static void reply(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
