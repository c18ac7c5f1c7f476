package org.rempart.contacts.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The age bands kept in clear for segmentation instead of the birth date. A band is computed when
 * the birth date is written, so it moves on only when the contact is written again.
 */
public final class AgeBand {

    public static final List<String> BANDS = List.of("0-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+");

    private AgeBand() {
    }

    public static String of(LocalDate birthDate, LocalDate today) {
        int age = Period.between(birthDate, today).getYears();
        if (age < 18) {
            return "0-17";
        } else if (age < 25) {
            return "18-24";
        } else if (age >= 65) {
            return "65+";
        }
        int from = (age + 5) / 10 * 10 - 5;
        return from + "-" + (from + 9);
    }
}
