package org.rempart.campaigns.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeeklyWindowsTest {

    @Test
    void rulesGiveEachDayItsWindowsEarliestFirst() {
        WeeklyWindows windows = WeeklyWindows.parse("Mon,Wed-Fri 14:00-18:00, 09:00-12:00 ; SAT 10:00-12:00");
        var morning = new WeeklyWindows.Window(LocalTime.of(9, 0), LocalTime.of(12, 0));
        var afternoon = new WeeklyWindows.Window(LocalTime.of(14, 0), LocalTime.of(18, 0));
        assertThat(windows.on(DayOfWeek.MONDAY)).containsExactly(morning, afternoon);
        assertThat(windows.on(DayOfWeek.TUESDAY)).isEmpty();
        assertThat(windows.on(DayOfWeek.FRIDAY)).containsExactly(morning, afternoon);
        assertThat(windows.on(DayOfWeek.SATURDAY))
                .containsExactly(new WeeklyWindows.Window(LocalTime.of(10, 0), LocalTime.of(12, 0)));
        assertThat(windows.on(DayOfWeek.SUNDAY)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mon-Sat|days then windows",
            "Mon-Sun 08:00-20:00|Sundays are never open",
            "Lun-Sam 08:00-20:00|Unknown day \"Lun\"",
            "Sat-Mon 08:00-20:00|runs backwards",
            "Mon-Sat 8h-20h|two times, such as 08:00-20:00",
            "Mon-Sat 08:00|two times",
            "Mon-Sat 20:00-08:00|must end after it starts",
            "Mon-Sat 08:00-20:00;;Sat 10:00-12:00|days then windows"})
    void aWrongSpecificationIsRefusedWithWhatIsWrong(String spec, String message) {
        assertThatThrownBy(() -> WeeklyWindows.parse(spec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
