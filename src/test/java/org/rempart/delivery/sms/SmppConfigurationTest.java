package org.rempart.delivery.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rempart.delivery.SmsGateway;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class SmppConfigurationTest {

    private InProcessSmsc smsc;
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(SmppConfiguration.class)
            .withBean(Clock.class, Clock::systemUTC);

    @BeforeEach
    void startSmsc() throws IOException {
        smsc = InProcessSmsc.start("rempart", "s3cr3t");
    }

    @AfterEach
    void stopSmsc() throws IOException {
        smsc.close();
    }

    @Test
    void withoutAHostThereIsNoGateway() {
        context.run(beans -> assertThat(beans).doesNotHaveBean(SmsGateway.class));
        context.withPropertyValues("rempart.smpp.host= ").run(beans -> assertThat(beans).doesNotHaveBean(SmsGateway.class));
    }

    @Test
    void withAHostTheGatewayBindsAndUnbindsWithTheApplication() {
        context.withPropertyValues("rempart.smpp.host=127.0.0.1", "rempart.smpp.port=" + smsc.port(),
                "rempart.smpp.system-id=rempart", "rempart.smpp.password=s3cr3t", "rempart.smpp.binds=2",
                "rempart.smpp.concatenation=sar").run(beans -> {
                    assertThat(beans).hasSingleBean(SmsGateway.class);
                    assertThat(beans.getBean(SmppSettings.class).concatenation()).isEqualTo(Concatenation.SAR);
                    await().atMost(Duration.ofSeconds(5)).until(() -> smsc.binds().size() == 2);
                });
    }

    @Test
    void aWrongSettingStopsTheStartWithTheVariableToFixAndNoPassword(CapturedOutput output) {
        context.withPropertyValues("rempart.smpp.host=127.0.0.1", "rempart.smpp.system-id=rempart",
                "rempart.smpp.password=Pw9!xyz", "rempart.smpp.window=0").run(beans ->
                assertThat(beans).getFailure().rootCause().hasMessage("REMPART_SMPP_WINDOW must be at least 1"));
        context.withPropertyValues("rempart.smpp.host=127.0.0.1", "rempart.smpp.system-id=rempart",
                "rempart.smpp.password=far-too-long-a-password").run(beans ->
                assertThat(beans).getFailure().rootCause().hasMessageContaining("REMPART_SMPP_PASSWORD is longer"));
        assertThat(output.getAll()).doesNotContain("Pw9!xyz", "far-too-long-a-password");
    }

    @Test
    void theApplicationKeepsJsmppsPduDumpsOutOfItsLogs() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        assertThat(properties.getProperty("logging.level.org.jsmpp")).isEqualTo("info");
    }
}
