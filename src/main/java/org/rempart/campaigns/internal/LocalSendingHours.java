package org.rempart.campaigns.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.rempart.campaigns.SmsSendingHours;

/** Weekly windows in the recipient's time zone, closed on Sundays and the territory's public holidays. */
public final class LocalSendingHours implements SmsSendingHours {

    /** A week always has an open weekday that is no holiday, so a month is more than enough. */
    private static final int SEARCH_DAYS = 31;

    private final WeeklyWindows windows;

    public LocalSendingHours(WeeklyWindows windows) {
        this.windows = windows;
    }

    @Override
    public Instant nextOpening(Instant instant, String e164) {
        Territory territory = Territory.of(e164);
        ZoneId zone = territory.zone();
        LocalDate day = LocalDate.ofInstant(instant, zone);
        for (int i = 0; i < SEARCH_DAYS; i++, day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY || PublicHolidays.isHoliday(day, territory)) {
                continue;
            }
            for (WeeklyWindows.Window window : windows.on(day.getDayOfWeek())) {
                // atZone moves a time that falls in a daylight-saving gap forward, past the gap.
                Instant end = day.atTime(window.end()).atZone(zone).toInstant();
                if (instant.isBefore(end)) {
                    Instant start = day.atTime(window.start()).atZone(zone).toInstant();
                    return instant.isBefore(start) ? start : instant;
                }
            }
        }
        throw new IllegalStateException("No sending window within " + SEARCH_DAYS + " days");
    }
}
