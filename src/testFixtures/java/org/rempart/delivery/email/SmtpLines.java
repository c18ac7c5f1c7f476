package org.rempart.delivery.email;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads an SMTP stream line by line, keeping each line's bytes as received (CRLF included). */
final class SmtpLines {

    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);

    SmtpLines(InputStream in) {
        this.in = in;
    }

    /** The next line with its terminator, or null at the end of the stream. */
    byte[] next() throws IOException {
        line.reset();
        int b;
        while ((b = in.read()) != -1) {
            line.write(b);
            if (b == '\n') {
                return line.toByteArray();
            }
        }
        return line.size() == 0 ? null : line.toByteArray();
    }

    /** A line as text without its terminator. */
    static String text(byte[] line) {
        return new String(line, StandardCharsets.ISO_8859_1).stripTrailing();
    }
}
