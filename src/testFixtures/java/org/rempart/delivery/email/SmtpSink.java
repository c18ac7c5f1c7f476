package org.rempart.delivery.email;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small, fast SMTP server that accepts every message and keeps only counts: for benchmarks,
 * where a server that stores what it receives (GreenMail) would measure itself. Speaks enough
 * ESMTP for Jakarta Mail (EHLO, MAIL, RCPT, DATA with dot-stuffing, RSET, NOOP, QUIT), one
 * virtual thread per connection.
 */
public final class SmtpSink extends LoopbackServer {

    private final AtomicLong messages = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();

    public SmtpSink() throws IOException {
        accept("smtp-sink");
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
            SmtpLines.reply(out, "220 sink ESMTP");
            byte[] line;
            while ((line = lines.next()) != null) {
                String command = SmtpLines.text(line).toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO")) {
                    SmtpLines.reply(out, "250-sink\r\n250-8BITMIME\r\n250 SIZE 52428800");
                } else if (command.startsWith("DATA")) {
                    SmtpLines.reply(out, "354 go ahead");
                    readData(lines);
                    messages.incrementAndGet();
                    SmtpLines.reply(out, "250 2.0.0 accepted");
                } else if (command.startsWith("QUIT")) {
                    SmtpLines.reply(out, "221 2.0.0 bye");
                    return;
                } else {
                    SmtpLines.reply(out, "250 2.0.0 ok");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private void readData(SmtpLines lines) throws IOException {
        long received = 0;
        byte[] line;
        while ((line = lines.next()) != null) {
            if (line.length >= 1 && line[0] == '.' && SmtpLines.text(line).equals(".")) {
                break;
            }
            received += line.length;
        }
        bytes.addAndGet(received);
    }
}
