package org.rempart.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The time zone in which the current operator reads times; times are stored in UTC and shown in
 * this zone. It is kept in the session, set at sign-in from the operator's settings.
 */
public final class OperatorTimeZone {

    public static final ZoneId DEFAULT = ZoneId.of("Europe/Paris");
    private static final String SESSION_KEY = OperatorTimeZone.class.getName();

    private OperatorTimeZone() {
    }

    public static void remember(HttpServletRequest request, String zone) {
        request.getSession().setAttribute(SESSION_KEY, parse(zone));
    }

    public static ZoneId of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object zone = session == null ? null : session.getAttribute(SESSION_KEY);
        return zone instanceof ZoneId id ? id : DEFAULT;
    }

    public static ZoneId parse(String zone) {
        try {
            return zone == null || zone.isBlank() ? DEFAULT : ZoneId.of(zone);
        } catch (DateTimeException e) {
            return DEFAULT;
        }
    }
}
