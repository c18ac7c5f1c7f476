package org.rempart.campaigns.internal;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;

/**
 * French public holidays: the eleven national ones (Easter Monday, Ascension and Whit Monday
 * computed from each year's Easter), and those a territory keeps on top of them.
 */
public final class PublicHolidays {

    private static final List<MonthDay> NATIONAL = List.of(
            MonthDay.of(Month.JANUARY, 1), MonthDay.of(Month.MAY, 1), MonthDay.of(Month.MAY, 8),
            MonthDay.of(Month.JULY, 14), MonthDay.of(Month.AUGUST, 15), MonthDay.of(Month.NOVEMBER, 1),
            MonthDay.of(Month.NOVEMBER, 11), MonthDay.of(Month.DECEMBER, 25));

    /** Easter Monday, Ascension Thursday, Whit Monday. */
    private static final int[] NATIONAL_FROM_EASTER = {1, 39, 50};

    private PublicHolidays() {
    }

    public static boolean isHoliday(LocalDate date, Territory territory) {
        LocalDate easter = easterSunday(date.getYear());
        return NATIONAL.contains(MonthDay.from(date)) || isDaysFromEaster(date, easter, NATIONAL_FROM_EASTER)
                || territory.isLocalHoliday(date, easter);
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    static boolean isDaysFromEaster(LocalDate date, LocalDate easter, int... offsets) {
        for (int offset : offsets) {
            if (date.equals(easter.plusDays(offset))) {
                return true;
            }
        }
        return false;
    }
}
