package org.rempart.delivery.sms;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SMPP gateway, when {@code REMPART_SMPP_HOST} names an SMSC; without it, SMS stay in the capture outbox. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${rempart.smpp.host:}'.isBlank()")
@EnableConfigurationProperties(SmppSettings.class)
class SmppConfiguration {

    @Bean(initMethod = "start")
    SmppGateway smppGateway(SmppSettings settings, ApplicationEventPublisher events, Clock clock) {
        return new SmppGateway(settings, events, clock);
    }
}
