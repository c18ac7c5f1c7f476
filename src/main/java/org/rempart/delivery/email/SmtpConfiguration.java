package org.rempart.delivery.email;

import javax.net.ssl.SSLSocketFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The SMTP transport, when {@code REMPART_SMTP_HOST} names a relay; without it, email goes to the
 * capture outbox. Settings are checked at start: a wrong one stops Rempart with its name.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${rempart.smtp.host:}'.isBlank()")
@EnableConfigurationProperties(SmtpSettings.class)
class SmtpConfiguration {

    @Bean(destroyMethod = "close")
    SmtpTransport smtpTransport(SmtpSettings settings, WireMessages messages) {
        return new SmtpTransport(settings, messages, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }
}
