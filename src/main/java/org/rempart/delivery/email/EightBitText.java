package org.rempart.delivery.email;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A text body sent as its UTF-8 bytes (RFC 6152, {@code 8bit}): nothing to escape, only its bare
 * line feeds written as CRLF. Only for a text that SMTP carries as it is: no line longer than 998
 * bytes, no NUL, no carriage return but before a line feed.
 */
final class EightBitText implements PartBody {

    /** The longest line SMTP carries, its CRLF not counted (RFC 5322, 2.1.1). */
    private static final int LONGEST_LINE = 998;

    private final byte[] utf8;
    private final int bareLineFeeds;

    private EightBitText(byte[] utf8, int bareLineFeeds) {
        this.utf8 = utf8;
        this.bareLineFeeds = bareLineFeeds;
    }

    /** {@code text} as eight-bit lines, or empty when SMTP could not carry it as it is. */
    static Optional<EightBitText> of(String text) {
        // A line of more characters than SMTP takes bytes is refused before any encoding.
        for (int from = 0, lineFeed; from <= text.length(); from = lineFeed + 1) {
            lineFeed = text.indexOf('\n', from);
            int end = lineFeed < 0 ? text.length() : lineFeed;
            if (end - from > LONGEST_LINE + 1) { // + 1: a CR before the line feed
                return Optional.empty();
            }
            if (lineFeed < 0) {
                break;
            }
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        int bareLineFeeds = 0;
        int lineStart = 0;
        for (int i = 0; i < utf8.length; i++) {
            byte b = utf8[i];
            if (b == '\n') {
                boolean crlf = i > 0 && utf8[i - 1] == '\r';
                if (i - lineStart - (crlf ? 1 : 0) > LONGEST_LINE) {
                    return Optional.empty();
                }
                bareLineFeeds += crlf ? 0 : 1;
                lineStart = i + 1;
            } else if (b == 0 || b == '\r' && (i + 1 == utf8.length || utf8[i + 1] != '\n')) {
                return Optional.empty();
            }
        }
        return utf8.length - lineStart > LONGEST_LINE ? Optional.empty()
                : Optional.of(new EightBitText(utf8, bareLineFeeds));
    }

    @Override
    public String transferEncoding() {
        return "8bit";
    }

    @Override
    public int length() {
        return utf8.length + bareLineFeeds;
    }

    @Override
    public int copyTo(byte[] target, int offset) {
        int from = 0;
        for (int i = 0; i < utf8.length && bareLineFeeds > 0; i++) {
            if (utf8[i] == '\n' && (i == 0 || utf8[i - 1] != '\r')) {
                System.arraycopy(utf8, from, target, offset, i - from);
                offset += i - from;
                target[offset++] = '\r';
                from = i;
            }
        }
        System.arraycopy(utf8, from, target, offset, utf8.length - from);
        return offset + utf8.length - from;
    }
}
