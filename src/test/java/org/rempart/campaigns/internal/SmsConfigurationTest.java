package org.rempart.campaigns.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rempart.campaigns.SmsSendingHours;
import org.rempart.campaigns.StopMention;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SmsConfigurationTest {

    private static final Instant SUNDAY = Instant.parse("2026-06-14T10:00:00Z");

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(SmsConfiguration.class);

    @Test
    void defaultsToMondayToSaturdayEightToEightAndAStopMention() {
        context.run(beans -> {
            assertThat(beans.getBean(SmsSendingHours.class).isOpen(SUNDAY, "+33612345678")).isFalse();
            assertThat(beans.getBean(StopMention.class).text()).isEqualTo("STOP au 36123");
        });
    }

    @Test
    void readsTheEnvironment() {
        context.withPropertyValues("rempart.sms.hours=off", "rempart.sms.stop-mention=STOP SMS au 38200")
                .run(beans -> {
                    assertThat(beans.getBean(SmsSendingHours.class).isOpen(SUNDAY, "+33612345678")).isTrue();
                    assertThat(beans.getBean(StopMention.class).text()).isEqualTo("STOP SMS au 38200");
                });
    }

    @Test
    void aWrongSettingStopsTheStartWithTheVariableToFix() {
        context.withPropertyValues("rempart.sms.hours=Mon-Sun 08:00-20:00").run(beans ->
                assertThat(beans).getFailure().rootCause().hasMessageContaining("Sundays are never open"));
        context.withPropertyValues("rempart.sms.hours=Mon-Sun 08:00-20:00").run(beans ->
                assertThat(beans).getFailure().hasMessageContaining("REMPART_SMS_HOURS"));
        context.withPropertyValues("rempart.sms.stop-mention=Répondez STOP").run(beans ->
                assertThat(beans).getFailure().hasMessageContaining("REMPART_SMS_STOP_MENTION"));
    }
}
