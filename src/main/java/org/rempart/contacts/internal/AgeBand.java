package org.rempart.contacts.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * The age bands of segments, computed when they are used from the birth year kept in clear (see
 * migration V4_1), so that they follow people as they age. The age is the one a contact had
 * completed on 1 January of the current year ({@code year - birthYear - 1}): with only the year
 * known, it is never more than the real age, so that a band of adults never takes in a minor.
 */
public record AgeBand(String label, int from, int to) {

    public static final List<AgeBand> BANDS = List.of(new AgeBand("0-17", 0, 17), new AgeBand("18-24", 18, 24),
            new AgeBand("25-34", 25, 34), new AgeBand("35-44", 35, 44), new AgeBand("45-54", 45, 54),
            new AgeBand("55-64", 55, 64), new AgeBand("65+", 65, Integer.MAX_VALUE));

    /** The band of a contact born in that year, today; null when the year is unknown. */
    public static String of(Integer birthYear, LocalDate today) {
        if (birthYear == null) {
            return null;
        }
        int age = Math.max(0, today.getYear() - birthYear - 1);
        return BANDS.stream().filter(band -> age >= band.from && age <= band.to).findFirst().orElseThrow().label();
    }

    /** The band of this label, if it is one. */
    static java.util.Optional<AgeBand> named(String label) {
        return BANDS.stream().filter(band -> band.label.equals(label)).findFirst();
    }

    /** The earliest birth year in this band today. */
    int firstBirthYear(LocalDate today) {
        return to == Integer.MAX_VALUE ? 0 : today.getYear() - 1 - to;
    }

    /** The latest birth year in this band today. */
    int lastBirthYear(LocalDate today) {
        return from == 0 ? Short.MAX_VALUE : today.getYear() - 1 - from;
    }
}
