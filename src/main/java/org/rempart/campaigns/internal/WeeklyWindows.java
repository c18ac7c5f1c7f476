package org.rempart.campaigns.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The windows of local time in which SMS may go out, per day of the week (Sundays have none). */
public record WeeklyWindows(Map<DayOfWeek, List<Window>> byDay) {

    public record Window(LocalTime start, LocalTime end) {

        public Window {
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("A sending window must end after it starts: " + start + "-" + end);
            }
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    public WeeklyWindows {
        byDay = Map.copyOf(byDay);
    }

    /** The day's windows, earliest first. */
    public List<Window> on(DayOfWeek day) {
        return byDay.getOrDefault(day, List.of());
    }

    /** Parses {@code Mon-Fri 08:00-12:00,14:00-20:00; Sat 10:00-18:00}. */
    public static WeeklyWindows parse(String spec) {
        Map<DayOfWeek, List<Window>> byDay = new EnumMap<>(DayOfWeek.class);
        for (String rule : spec.split(";")) {
            String[] parts = rule.strip().split("\\s+", 2);
            if (parts.length < 2) {
                throw new IllegalArgumentException(
                        "Each sending-hours rule is days then windows, such as \"Mon-Sat 08:00-20:00\"; found \""
                                + rule.strip() + "\"");
            }
            List<Window> windows = windows(parts[1].replaceAll("\\s+", ""));
            for (DayOfWeek day : days(parts[0])) {
                byDay.computeIfAbsent(day, d -> new ArrayList<>()).addAll(windows);
            }
        }
        byDay.values().forEach(windows -> windows.sort(Comparator.comparing(Window::start)));
        byDay.replaceAll((day, windows) -> List.copyOf(windows));
        return new WeeklyWindows(byDay);
    }

    private static Set<DayOfWeek> days(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String range : text.split(",")) {
            String[] ends = range.split("-", 2);
            DayOfWeek first = day(ends[0]);
            DayOfWeek last = ends.length == 2 ? day(ends[1]) : first;
            if (last.compareTo(first) < 0) {
                throw new IllegalArgumentException("The day range \"" + range + "\" runs backwards; write it Monday first");
            }
            days.addAll(EnumSet.range(first, last));
        }
        return days;
    }

    private static DayOfWeek day(String name) {
        int index = DAYS.indexOf(name.strip().toLowerCase(Locale.ROOT));
        if (index < 0) {
            throw new IllegalArgumentException("Unknown day \"" + name.strip() + "\"; use Mon, Tue, Wed, Thu, Fri or Sat");
        }
        DayOfWeek day = DayOfWeek.of(index + 1);
        if (day == DayOfWeek.SUNDAY) {
            throw new IllegalArgumentException("Sundays are never open to marketing SMS");
        }
        return day;
    }

    private static List<Window> windows(String text) {
        List<Window> windows = new ArrayList<>();
        for (String window : text.split(",")) {
            String[] ends = window.split("-", 2);
            try {
                if (ends.length < 2) {
                    throw new DateTimeParseException("no end", window, 0);
                }
                windows.add(new Window(LocalTime.parse(ends[0], TIME), LocalTime.parse(ends[1], TIME)));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "A sending window is two times, such as 08:00-20:00; found \"" + window + "\"", e);
            }
        }
        return windows;
    }
}
