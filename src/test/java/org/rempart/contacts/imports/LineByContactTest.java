package org.rempart.contacts.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineByContactTest {

    @Test
    void remembersTheFirstLineOfEachContactThroughGrowth() {
        var lines = new LineByContact();
        for (long id = 1; id <= 100_000; id++) {
            assertThat(lines.putIfAbsent(id * 7919, id + 1)).isEqualTo(-1);
        }
        for (long id = 1; id <= 100_000; id++) {
            assertThat(lines.putIfAbsent(id * 7919, 5)).isEqualTo(id + 1);
        }
        assertThat(lines.putIfAbsent(3, 4_000_000_000L)).isEqualTo(-1);
        assertThat(lines.putIfAbsent(3, 1)).isEqualTo(4_000_000_000L);
    }
}
