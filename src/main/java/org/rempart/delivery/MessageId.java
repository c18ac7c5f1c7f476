package org.rempart.delivery;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An email's Message-ID, derived from its delivery so that every attempt of that delivery carries
 * the same one, and a bounce quoting it leads back to the delivery. Ids only, no personal data.
 */
public record MessageId(long deliveryId, long campaignId, String domain) {

    private static final Pattern FORM = Pattern.compile("<?rempart\\.(\\d{1,18})\\.(\\d{1,18})@([^>\\s]+)>?");

    /** Without angle brackets: {@code rempart.<delivery>.<campaign>@<domain>}. */
    public String value() {
        return "rempart." + deliveryId + "." + campaignId + "@" + domain;
    }

    /** Reads a Message-ID that Rempart made, with or without angle brackets. */
    public static Optional<MessageId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new MessageId(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), m.group(3)));
    }
}
