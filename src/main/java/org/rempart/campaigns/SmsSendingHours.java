package org.rempart.campaigns;

import java.time.Instant;
import org.rempart.campaigns.internal.LocalSendingHours;
import org.rempart.campaigns.internal.WeeklyWindows;

/**
 * When a marketing SMS may reach a recipient: within the configured weekly windows in the
 * recipient's own time zone, derived from the number (metropolitan France or an overseas
 * territory), never on a Sunday nor on a public holiday of that territory. {@code off} lifts every
 * restriction, for transactional messages.
 */
public interface SmsSendingHours {

    /** The policy when nothing is configured. */
    String DEFAULT = "Mon-Sat 08:00-20:00";

    /**
     * {@code instant} itself when an SMS may go out then to {@code e164}, otherwise the next
     * instant it may.
     *
     * @throws IllegalArgumentException when {@code e164} is not a valid phone number
     */
    Instant nextOpening(Instant instant, String e164);

    default boolean isOpen(Instant instant, String e164) {
        return nextOpening(instant, e164).equals(instant);
    }

    /**
     * A policy from its text: {@code off}, or rules separated by {@code ;}, each days then windows,
     * such as {@code Mon-Fri 08:00-12:00,14:00-20:00; Sat 10:00-18:00}. Days are {@code Mon} to
     * {@code Sat}, as ranges or lists; Sundays are never open.
     *
     * @throws IllegalArgumentException naming what is wrong in the text
     */
    static SmsSendingHours parse(String spec) {
        if (spec.strip().equalsIgnoreCase("off")) {
            return (instant, e164) -> instant;
        }
        return new LocalSendingHours(WeeklyWindows.parse(spec));
    }
}
