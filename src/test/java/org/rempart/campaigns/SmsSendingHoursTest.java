package org.rempart.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmsSendingHoursTest {

    private static final String PARIS = "+33612345678";
    private static final ZoneId PARIS_ZONE = ZoneId.of("Europe/Paris");

    private final SmsSendingHours hours = SmsSendingHours.parse(SmsSendingHours.DEFAULT);

    @Test
    void aCampaignStartedOnSaturdayAt1958StopsAt2000AndResumesOnMondayAt0800() {
        List<Instant> sent = sendEveryTenSeconds(paris("2026-06-13T19:58:00"), 14);
        assertThat(sent.subList(0, 12)).allMatch(at -> at.isBefore(paris("2026-06-13T20:00:00")));
        assertThat(sent.get(11)).isEqualTo(paris("2026-06-13T19:59:50"));
        assertThat(sent.get(12)).isEqualTo(paris("2026-06-15T08:00:00"));
        assertThat(sent.get(13)).isEqualTo(paris("2026-06-15T08:00:10"));
        assertThat(hours.isOpen(paris("2026-06-13T19:59:59"), PARIS)).isTrue();
        assertThat(hours.isOpen(paris("2026-06-13T20:00:00"), PARIS)).isFalse();
        assertThat(hours.isOpen(paris("2026-06-14T12:00:00"), PARIS)).isFalse();
    }

    @Test
    void whenThatMondayIsAHolidayItResumesOnTuesday() {
        // Easter Monday 2026-04-06, Whit Monday 2026-05-25.
        assertThat(sendEveryTenSeconds(paris("2026-04-04T19:59:50"), 2))
                .containsExactly(paris("2026-04-04T19:59:50"), paris("2026-04-07T08:00:00"));
        assertThat(hours.nextOpening(paris("2026-05-23T20:00:00"), PARIS)).isEqualTo(paris("2026-05-26T08:00:00"));
    }

    @ParameterizedTest
    @CsvSource({"2025-04-21", "2026-04-06", "2027-03-29", "2026-05-14", "2026-05-25", "2025-05-29", "2027-05-06",
            "2026-07-14", "2026-05-08", "2027-11-11", "2025-12-25"})
    void closedAllDayOnHolidays(String date) {
        Instant noon = paris(date + "T12:00:00");
        assertThat(hours.isOpen(noon, PARIS)).isFalse();
        assertThat(hours.nextOpening(noon, PARIS)).isAfter(noon.plus(Duration.ofHours(19)));
    }

    @Test
    void opensAndClosesAtLocalTimeAcrossDaylightSavingChanges() {
        // Summer time starts on Sunday 2026-03-29: Saturday closes at 19:00 UTC, Monday opens at 06:00 UTC.
        assertThat(hours.isOpen(Instant.parse("2026-03-28T18:59:59Z"), PARIS)).isTrue();
        assertThat(hours.isOpen(Instant.parse("2026-03-28T19:00:00Z"), PARIS)).isFalse();
        assertThat(hours.nextOpening(Instant.parse("2026-03-28T19:00:00Z"), PARIS))
                .isEqualTo(Instant.parse("2026-03-30T06:00:00Z"));
        // It ends on Sunday 2026-10-25: Saturday closes at 18:00 UTC, Monday opens at 07:00 UTC.
        assertThat(hours.isOpen(Instant.parse("2026-10-24T18:00:00Z"), PARIS)).isFalse();
        assertThat(hours.nextOpening(Instant.parse("2026-10-24T18:00:00Z"), PARIS))
                .isEqualTo(Instant.parse("2026-10-26T07:00:00Z"));
        // Saint-Pierre-et-Miquelon follows North America's dates: summer time from 2026-03-08.
        assertThat(hours.nextOpening(Instant.parse("2026-03-07T23:30:00Z"), "+508551234"))
                .isEqualTo(Instant.parse("2026-03-09T10:00:00Z"));
    }

    @ParameterizedTest
    @CsvSource({
            "+33612345678,    2026-06-15T06:00:00Z",
            "+262692123456,   2026-06-15T05:00:00Z",
            "+262639012345,   2026-06-15T05:00:00Z",
            "+590690123456,   2026-06-15T12:00:00Z",
            "+594694123456,   2026-06-15T11:00:00Z",
            "+596696123456,   2026-06-15T12:00:00Z",
            "+508551234,      2026-06-15T10:00:00Z",
            "+687751234,      2026-06-15T05:00:00Z",
            "+68987123456,    2026-06-15T18:00:00Z",
            "+681821234,      2026-06-15T05:00:00Z"})
    void eachNumberFollowsTheHoursOfItsTerritory(String number, Instant opening) {
        // Monday 2026-06-15 05:00 UTC: 07:00 in Paris, 09:00 in Réunion, 08:00 in Mayotte, 01:00 in the
        // Antilles, 02:00 in Guiana, 03:00 in Miquelon, 16:00 in Nouméa, 17:00 in Wallis, still Sunday in Tahiti.
        assertThat(hours.nextOpening(Instant.parse("2026-06-15T05:00:00Z"), number)).isEqualTo(opening);
    }

    @ParameterizedTest
    @CsvSource({
            "+590690123456, 2026-05-27T14:00:00Z",
            "+596696123456, 2026-05-22T14:00:00Z",
            "+594694123456, 2026-06-10T14:00:00Z",
            "+262692123456, 2027-12-20T08:00:00Z",
            "+262639012345, 2026-04-27T08:00:00Z",
            "+687751234,    2026-09-24T01:00:00Z",
            "+68987123456,  2026-04-03T20:00:00Z",
            "+681821234,    2026-07-29T00:00:00Z"})
    void overseasTerritoriesKeepTheirOwnHolidays(String number, Instant middayThere) {
        assertThat(hours.isOpen(middayThere, number)).isFalse();
        assertThat(hours.isOpen(middayThere.plus(Duration.ofDays(7)), number)).as("a week later").isTrue();
    }

    @Test
    void oneTerritorysHolidayIsNotAnothers() {
        // Mayotte's 27 April is an ordinary Monday in Réunion, Guadeloupe's 27 May an ordinary Wednesday in Paris.
        assertThat(hours.isOpen(Instant.parse("2026-04-27T08:00:00Z"), "+262692123456")).isTrue();
        assertThat(hours.isOpen(Instant.parse("2026-05-27T14:00:00Z"), PARIS)).isTrue();
    }

    @Test
    void configuredWindowsAreFollowed() {
        SmsSendingHours custom = SmsSendingHours.parse("Mon-Fri 09:00-12:00, 14:00-18:00; sat 10:00-12:00");
        assertThat(custom.nextOpening(paris("2026-06-12T12:30:00"), PARIS)).isEqualTo(paris("2026-06-12T14:00:00"));
        assertThat(custom.nextOpening(paris("2026-06-13T09:00:00"), PARIS)).isEqualTo(paris("2026-06-13T10:00:00"));
        assertThat(custom.nextOpening(paris("2026-06-13T12:00:00"), PARIS)).isEqualTo(paris("2026-06-15T09:00:00"));
        assertThat(custom.isOpen(paris("2026-06-15T11:59:00"), PARIS)).isTrue();
    }

    @Test
    void offLiftsEveryRestriction() {
        SmsSendingHours off = SmsSendingHours.parse("off");
        Instant sundayNight = paris("2026-06-14T03:00:00");
        assertThat(off.isOpen(sundayNight, PARIS)).isTrue();
        assertThat(off.nextOpening(paris("2026-12-25T23:00:00"), PARIS)).isEqualTo(paris("2026-12-25T23:00:00"));
    }

    @Test
    void anInvalidNumberIsRefusedWithoutBeingQuoted() {
        assertThatThrownBy(() -> hours.nextOpening(Instant.EPOCH, "06 12 AB"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The recipient's number is not a valid phone number");
    }

    /** A dispatcher sending one SMS every ten seconds, waiting for the next opening when closed. */
    private List<Instant> sendEveryTenSeconds(Instant start, int messages) {
        List<Instant> sent = new ArrayList<>();
        Instant clock = start;
        while (sent.size() < messages) {
            if (hours.isOpen(clock, PARIS)) {
                sent.add(clock);
                clock = clock.plusSeconds(10);
            } else {
                clock = hours.nextOpening(clock, PARIS);
            }
        }
        return sent;
    }

    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PARIS_ZONE).toInstant();
    }
}
