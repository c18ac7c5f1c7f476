package org.rempart.tracking.internal;

import java.util.regex.Pattern;

/** A server's status code as it may be stored: digits, dots and spaces only (never the server's text). */
final class StatusCode {

    private static final Pattern CODE = Pattern.compile("[0-9][0-9. ]{0,19}");

    private StatusCode() {
    }

    /** The code at the start of the text, or {@code "unknown"}. */
    static String of(String text) {
        if (text == null) {
            return "unknown";
        }
        var matcher = CODE.matcher(text.strip());
        return matcher.lookingAt() ? matcher.group().strip() : "unknown";
    }
}
