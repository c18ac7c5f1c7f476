package org.rempart.campaigns.internal;

import org.rempart.campaigns.SmsSendingHours;
import org.rempart.campaigns.StopMention;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** SMS rules from the environment: sending hours ({@code REMPART_SMS_HOURS}) and the STOP mention ({@code REMPART_SMS_STOP_MENTION}). */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

    @Bean
    SmsSendingHours smsSendingHours(@Value("${rempart.sms.hours:" + SmsSendingHours.DEFAULT + "}") String spec) {
        try {
            return SmsSendingHours.parse(spec);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("REMPART_SMS_HOURS: " + e.getMessage(), e);
        }
    }

    @Bean
    StopMention stopMention(@Value("${rempart.sms.stop-mention:STOP au 36123}") String text) {
        try {
            return new StopMention(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("REMPART_SMS_STOP_MENTION: " + e.getMessage(), e);
        }
    }
}
