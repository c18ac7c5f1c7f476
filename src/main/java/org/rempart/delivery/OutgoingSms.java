package org.rempart.delivery;

import java.util.Objects;
import java.util.regex.Pattern;

/** One SMS to send: its sender, its recipient's number in E.164 ({@code +33612345678}) and its text. */
public record OutgoingSms(SmsSender sender, String destination, SmsText text) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    public OutgoingSms {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(text, "text");
        if (!E164.matcher(destination).matches()) {
            throw new IllegalArgumentException("The destination is not an E.164 number (+ then up to 15 digits)");
        }
        if (text.text().isEmpty()) {
            throw new IllegalArgumentException("The SMS text is empty");
        }
    }

    /** Without the recipient's number: this may end up in a log. */
    @Override
    public String toString() {
        return "OutgoingSms[sender=" + sender.value() + ", destination=(hidden), segments=" + text.segmentCount() + "]";
    }
}
