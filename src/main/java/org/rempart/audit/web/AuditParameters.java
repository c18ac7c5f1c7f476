package org.rempart.audit.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.rempart.audit.AuditFilter;
import org.rempart.platform.RequestRejectedException;

/**
 * Reads the filter and paging parameters of the audit log (API and page alike). A bad value is
 * refused with a reason that starts with the parameter's name, such as {@code from: ...}.
 */
final class AuditParameters {

    static final int MAX_SIZE = 200;
    private static final Pattern ACTION = Pattern.compile("[a-z0-9._-]{1,64}");

    private AuditParameters() {
    }

    /** @param time reads a time parameter (ISO instants on the API, local times on the page) */
    static AuditFilter filter(String contactId, String actor, String action, String from, String to,
            Function<String, Instant> time) {
        Instant start = time(from, "from", time);
        Instant end = time(to, "to", time);
        if (start != null && end != null && !end.isAfter(start)) {
            throw RequestRejectedException.badRequest("to: must be after from");
        }
        String actionName = blank(action) ? null : action.trim();
        if (actionName != null && !ACTION.matcher(actionName).matches()) {
            throw RequestRejectedException.badRequest("action: a dotted action name such as vault.reveal");
        }
        return new AuditFilter(id(contactId, "contactId"), id(actor, "actor"), actionName, start, end);
    }

    static Long id(String value, String name) {
        if (blank(value)) {
            return null;
        }
        try {
            long id = Long.parseLong(value.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw RequestRejectedException.badRequest(name + ": a positive whole number");
    }

    static int page(String value) {
        return bounded(value, "page", 0, 0, Integer.MAX_VALUE / MAX_SIZE);
    }

    static int size(String value) {
        return bounded(value, "size", 50, 1, MAX_SIZE);
    }

    static Instant time(String value, String name, Function<String, Instant> time) {
        if (blank(value)) {
            return null;
        }
        try {
            return time.apply(value.trim());
        } catch (DateTimeParseException e) {
            throw RequestRejectedException.badRequest(name + ": a time such as 2025-01-31T23:00:00Z");
        }
    }

    private static int bounded(String value, String name, int absent, int min, int max) {
        if (blank(value)) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw RequestRejectedException.badRequest(name + ": a whole number from " + min + " to " + max);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
