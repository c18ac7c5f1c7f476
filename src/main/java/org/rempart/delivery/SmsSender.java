package org.rempart.delivery;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who an SMS appears to come from: an alphanumeric name of at most 11 characters with at least one
 * letter ({@code Rempart}), or a number of at most 15 digits, international when written with
 * {@code +} ({@code +33612345678}) or as the SMSC knows it otherwise (a short code, {@code 36123}).
 * Names keep to the ASCII part of the GSM alphabet: handsets and SMSCs render nothing else alike.
 */
public record SmsSender(String value) {

    public enum Kind {
        ALPHANUMERIC,
        INTERNATIONAL,
        NUMERIC
    }

    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9]{1,15}");
    private static final int MAX_NAME = 11;

    public SmsSender {
        Objects.requireNonNull(value, "value");
        value = value.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("The SMS sender is empty");
        }
        if (!NUMBER.matcher(value).matches()) {
            checkName(value);
        }
    }

    public Kind kind() {
        if (!NUMBER.matcher(value).matches()) {
            return Kind.ALPHANUMERIC;
        }
        return value.startsWith("+") ? Kind.INTERNATIONAL : Kind.NUMERIC;
    }

    /** The sender as it goes in an SMPP address: a number loses its {@code +}, the address type says international. */
    public String address() {
        return kind() == Kind.INTERNATIONAL ? value.substring(1) : value;
    }

    private static void checkName(String name) {
        if (name.chars().allMatch(c -> c == '+' || Character.isDigit(c))) {
            throw new IllegalArgumentException("A numeric SMS sender has at most 15 digits, after an optional +");
        }
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("An alphanumeric SMS sender has at most 11 characters");
        }
        if (!name.chars().allMatch(c -> c >= 0x20 && c < 0x7F && GsmAlphabet.septets(c) == 1)) {
            throw new IllegalArgumentException(
                    "An alphanumeric SMS sender uses unaccented letters, digits, spaces and basic punctuation only");
        }
        if (name.chars().noneMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
            throw new IllegalArgumentException("An alphanumeric SMS sender has at least one letter");
        }
    }
}
