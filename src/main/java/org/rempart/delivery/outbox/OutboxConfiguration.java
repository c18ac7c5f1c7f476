package org.rempart.delivery.outbox;

import java.util.Set;
import org.rempart.delivery.SmsGateway;
import org.rempart.delivery.email.WireMessages;
import org.rempart.delivery.internal.EmailTransport;
import org.rempart.platform.Navigation;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The capture outbox stands in for each channel that has no server configured: email when
 * {@code REMPART_SMTP_HOST} is unset, SMS when {@code REMPART_SMPP_HOST} is. Its page is in the menu.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxSettings.class)
class OutboxConfiguration {

    @Bean
    @ConditionalOnExpression("'${rempart.smtp.host:}'.isBlank()")
    EmailTransport captureEmailTransport(CaptureOutbox outbox, WireMessages messages) {
        return new CaptureEmailTransport(outbox, messages);
    }

    @Bean
    @ConditionalOnExpression("'${rempart.smpp.host:}'.isBlank()")
    SmsGateway captureSmsGateway(CaptureOutbox outbox) {
        return new CaptureSmsGateway(outbox);
    }

    @Bean
    Navigation outboxNavigation() {
        return new Navigation(450, "nav.outbox", "/outbox", Set.of("ADMIN", "MARKETER"));
    }
}
