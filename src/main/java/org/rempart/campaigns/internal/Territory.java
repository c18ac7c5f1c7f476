package org.rempart.campaigns.internal;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import org.rempart.vault.Identifiers;

/**
 * Where a French number rings: metropolitan France or an overseas territory, each with its time
 * zone and the public holidays it keeps beyond the national ones (the abolition of slavery in the
 * overseas departments and Saint-Martin and Saint-Barthélemy; the Pacific collectivities' own days).
 * Other countries' numbers follow metropolitan France, the sender's rules.
 */
public enum Territory {
    METROPOLITAN_FRANCE("Europe/Paris", List.of()),
    REUNION("Indian/Reunion", List.of(MonthDay.of(Month.DECEMBER, 20))),
    MAYOTTE("Indian/Mayotte", List.of(MonthDay.of(Month.APRIL, 27))),
    GUADELOUPE("America/Guadeloupe", List.of(MonthDay.of(Month.MAY, 27))),
    SAINT_MARTIN("America/Guadeloupe", List.of(MonthDay.of(Month.MAY, 28))),
    SAINT_BARTHELEMY("America/Guadeloupe", List.of(MonthDay.of(Month.OCTOBER, 9))),
    MARTINIQUE("America/Martinique", List.of(MonthDay.of(Month.MAY, 22))),
    FRENCH_GUIANA("America/Cayenne", List.of(MonthDay.of(Month.JUNE, 10))),
    SAINT_PIERRE_AND_MIQUELON("America/Miquelon", List.of()),
    // Citizenship day.
    NEW_CALEDONIA("Pacific/Noumea", List.of(MonthDay.of(Month.SEPTEMBER, 24))),
    // Arrival of the Gospel, autonomy day, and Good Friday. Tahiti's zone covers most of the
    // population (the Marquesas and Gambier are 30 and 60 minutes off).
    FRENCH_POLYNESIA("Pacific/Tahiti", List.of(MonthDay.of(Month.MARCH, 5), MonthDay.of(Month.JUNE, 29)), -2),
    // Saint Pierre Chanel, territory day.
    WALLIS_AND_FUTUNA("Pacific/Wallis", List.of(MonthDay.of(Month.APRIL, 28), MonthDay.of(Month.JULY, 29)));

    private final ZoneId zone;
    private final List<MonthDay> localHolidays;
    private final int[] daysFromEaster;

    Territory(String zone, List<MonthDay> localHolidays, int... daysFromEaster) {
        this.zone = ZoneId.of(zone);
        this.localHolidays = localHolidays;
        this.daysFromEaster = daysFromEaster;
    }

    public ZoneId zone() {
        return zone;
    }

    /** A holiday of this territory only; {@code easter} is that year's Easter Sunday. */
    boolean isLocalHoliday(LocalDate date, LocalDate easter) {
        return localHolidays.contains(MonthDay.from(date)) || PublicHolidays.isDaysFromEaster(date, easter, daysFromEaster);
    }

    /**
     * The territory of a number. Mobile ranges shared by Guadeloupe, Saint-Martin and
     * Saint-Barthélemy read as Guadeloupe's: numbering does not tell them apart.
     *
     * @throws IllegalArgumentException when the text is not a valid phone number
     */
    public static Territory of(String e164) {
        var number = Identifiers.parsePhone(e164, Identifiers.DEFAULT_REGION)
                .orElseThrow(() -> new IllegalArgumentException("The recipient's number is not a valid phone number"));
        return switch (PhoneNumberUtil.getInstance().getRegionCodeForNumber(number)) {
            case "RE" -> REUNION;
            case "YT" -> MAYOTTE;
            case "GP" -> GUADELOUPE;
            case "MF" -> SAINT_MARTIN;
            case "BL" -> SAINT_BARTHELEMY;
            case "MQ" -> MARTINIQUE;
            case "GF" -> FRENCH_GUIANA;
            case "PM" -> SAINT_PIERRE_AND_MIQUELON;
            case "NC" -> NEW_CALEDONIA;
            case "PF" -> FRENCH_POLYNESIA;
            case "WF" -> WALLIS_AND_FUTUNA;
            case null, default -> METROPOLITAN_FRANCE;
        };
    }
}
