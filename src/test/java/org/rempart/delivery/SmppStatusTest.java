package org.rempart.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmppStatusTest {

    @Test
    void namesCodesAsTheSpecificationDoes() {
        assertThat(new SmppStatus(0x58)).hasToString("ESME_RTHROTTLED (0x00000058)");
        assertThat(new SmppStatus(0x0B).name()).isEqualTo("ESME_RINVDSTADR");
        assertThat(new SmppStatus(0x0450)).hasToString("vendor-specific error (0x00000450)");
    }

    @Test
    void throttlingAndSmscFailuresAreTemporaryTheRestPermanent() {
        assertThat(new SmppStatus(0x58).isThrottling()).isTrue();
        assertThat(new SmppStatus(0x14).isThrottling()).isTrue();
        assertThat(new SmppStatus(0x08).isThrottling()).isFalse();
        assertThat(new SmppStatus(0x58).isTemporary()).isTrue();
        assertThat(new SmppStatus(0x14).isTemporary()).isTrue();
        assertThat(new SmppStatus(0x08).isTemporary()).isTrue();
        assertThat(new SmppStatus(0x64).isTemporary()).isTrue();
        assertThat(new SmppStatus(0x0B).isTemporary()).isFalse();
        assertThat(new SmppStatus(0x45).isTemporary()).isFalse();
        assertThat(new SmppStatus(0x0450).isTemporary()).isFalse();
    }
}
