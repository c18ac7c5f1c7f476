package org.rempart.contacts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AgeBandTest {

    @Test
    void theBandFollowsTheCalendarFromTheBirthYear() {
        assertThat(AgeBand.of(2000, LocalDate.of(2025, 12, 31))).isEqualTo("18-24");
        assertThat(AgeBand.of(2000, LocalDate.of(2026, 1, 1))).as("a year later, without any write")
                .isEqualTo("25-34");
        assertThat(AgeBand.of(1950, LocalDate.of(2025, 6, 1))).isEqualTo("65+");
        assertThat(AgeBand.of(null, LocalDate.of(2025, 6, 1))).isNull();
    }

    @Test
    void theAgeIsNeverOverstatedSoThatNoMinorCountsAsAnAdult() {
        // Born in 2007: 18 for part of 2025 only; with only the year known, still a minor all that year.
        assertThat(AgeBand.of(2007, LocalDate.of(2025, 12, 31))).isEqualTo("0-17");
        assertThat(AgeBand.of(2007, LocalDate.of(2026, 1, 1))).isEqualTo("18-24");
        assertThat(AgeBand.of(2025, LocalDate.of(2025, 3, 1))).isEqualTo("0-17");
    }

    @Test
    void aSegmentConditionOnABandIsARangeOfBirthYearsOfTheDay() {
        var compiler = new SegmentCompiler(Clock.fixed(LocalDate.of(2025, 6, 1).atStartOfDay().toInstant(
                ZoneOffset.UTC), ZoneOffset.UTC));
        var json = JsonMapper.builder().build();
        var filter = compiler.compile(json.readTree(
                "{\"field\":\"ageBand\",\"op\":\"in\",\"value\":[\"25-34\",\"65+\"]}"));
        assertThat(filter.sql()).isEqualTo("(c.birth_year BETWEEN ? AND ? OR c.birth_year BETWEEN ? AND ?)");
        assertThat(filter.parameters()).containsExactly(1990, 1999, 0, 1959);
        assertThat(compiler.compile(json.readTree("{\"field\":\"ageBand\",\"op\":\"eq\",\"value\":\"0-17\"}"))
                .parameters()).containsExactly(2007, (int) Short.MAX_VALUE);
    }
}
