package org.rempart.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.rempart.platform.OperatorTimeZone;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Formats stored UTC times for templates ({@code ${@times.format(t)}}) in the operator's zone and language. */
@Component("times")
class TimeFormat {

    private final HttpServletRequest request;

    TimeFormat(HttpServletRequest request) {
        this.request = request;
    }

    public String format(Object time) {
        Instant instant = switch (time) {
            case null -> null;
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            default -> throw new IllegalArgumentException("Not a time: " + time.getClass().getSimpleName());
        };
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale())
                .format(instant.atZone(OperatorTimeZone.of(request)));
    }
}
