package org.rempart.delivery.email;

import java.util.Set;
import org.rempart.platform.Navigation;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** DKIM settings, and the email settings page in the menu. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DkimSettings.class)
class EmailConfiguration {

    @Bean
    Navigation emailSettingsNavigation() {
        return new Navigation(850, "nav.emailSettings", "/settings/email", Set.of("ADMIN"));
    }
}
