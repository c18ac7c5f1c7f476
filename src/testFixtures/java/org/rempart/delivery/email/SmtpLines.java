package org.rempart.delivery.email;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads an SMTP stream line by line, keeping each line's bytes as received (CRLF included). It
 * buffers the stream itself and scans its buffer for line ends, so that a sink reading a large
 * campaign spends little time per byte. Also writes a test server's replies.
 */
final class SmtpLines {

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;

    SmtpLines(InputStream in) {
        this.in = in;
    }

    /** Writes a reply (its lines joined by CRLF, without the last one) and flushes it. */
    static void reply(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The next line with its terminator, or null at the end of the stream. */
    byte[] next() throws IOException {
        ByteArrayOutputStream longLine = null;
        while (true) {
            if (position == limit && !fill()) {
                return longLine == null || longLine.size() == 0 ? null : longLine.toByteArray();
            }
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            if (end < limit) {
                byte[] line = Arrays.copyOfRange(buffer, position, end + 1);
                position = end + 1;
                if (longLine == null) {
                    return line;
                }
                longLine.write(line);
                return longLine.toByteArray();
            }
            if (longLine == null) {
                longLine = new ByteArrayOutputStream(256);
            }
            longLine.write(buffer, position, limit - position);
            position = limit;
        }
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer);
        if (read <= 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    /** A line as text without its terminator. */
    static String text(byte[] line) {
        return new String(line, StandardCharsets.ISO_8859_1).stripTrailing();
    }
}
