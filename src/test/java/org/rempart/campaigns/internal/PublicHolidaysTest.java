package org.rempart.campaigns.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicHolidaysTest {

    @ParameterizedTest
    @CsvSource({"1943, 1943-04-25", "2000, 2000-04-23", "2008, 2008-03-23", "2019, 2019-04-21", "2024, 2024-03-31",
            "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2038, 2038-04-25", "2285, 2285-03-22"})
    void easterSundayOfTheGregorianCalendar(int year, LocalDate easter) {
        assertThat(PublicHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void theElevenNationalHolidaysOfSeveralYears() {
        assertThat(holidays(2025, Territory.METROPOLITAN_FRANCE)).containsExactly(
                "2025-01-01", "2025-04-21", "2025-05-01", "2025-05-08", "2025-05-29", "2025-06-09", "2025-07-14",
                "2025-08-15", "2025-11-01", "2025-11-11", "2025-12-25");
        assertThat(holidays(2026, Territory.METROPOLITAN_FRANCE)).containsExactly(
                "2026-01-01", "2026-04-06", "2026-05-01", "2026-05-08", "2026-05-14", "2026-05-25", "2026-07-14",
                "2026-08-15", "2026-11-01", "2026-11-11", "2026-12-25");
        assertThat(holidays(2027, Territory.METROPOLITAN_FRANCE)).containsExactly(
                "2027-01-01", "2027-03-29", "2027-05-01", "2027-05-06", "2027-05-08", "2027-05-17", "2027-07-14",
                "2027-08-15", "2027-11-01", "2027-11-11", "2027-12-25");
    }

    @Test
    void overseasTerritoriesAddTheirOwn() {
        assertThat(holidays(2026, Territory.MAYOTTE)).hasSize(12).contains("2026-04-27");
        assertThat(holidays(2026, Territory.GUADELOUPE)).hasSize(12).contains("2026-05-27");
        assertThat(holidays(2026, Territory.SAINT_MARTIN)).hasSize(12).contains("2026-05-28");
        assertThat(holidays(2026, Territory.MARTINIQUE)).hasSize(12).contains("2026-05-22");
        assertThat(holidays(2026, Territory.FRENCH_GUIANA)).hasSize(12).contains("2026-06-10");
        assertThat(holidays(2026, Territory.REUNION)).hasSize(12).contains("2026-12-20");
        assertThat(holidays(2026, Territory.SAINT_PIERRE_AND_MIQUELON)).hasSize(11);
        // Good Friday moves with Easter.
        assertThat(holidays(2026, Territory.FRENCH_POLYNESIA)).hasSize(14).contains("2026-03-05", "2026-04-03",
                "2026-06-29");
        assertThat(holidays(2027, Territory.FRENCH_POLYNESIA)).contains("2027-03-26");
    }

    private static List<String> holidays(int year, Territory territory) {
        LocalDate first = LocalDate.of(year, 1, 1);
        return Stream.iterate(first, day -> day.getYear() == year, day -> day.plusDays(1))
                .filter(day -> PublicHolidays.isHoliday(day, territory))
                .map(LocalDate::toString)
                .toList();
    }
}
