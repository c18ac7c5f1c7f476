package org.rempart.campaigns.web;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.rempart.identity.Role;
import org.rempart.platform.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The menu entry of campaigns: every role sees them, ADMIN and MARKETER write and send them. */
@Configuration(proxyBeanMethods = false)
class CampaignsConfiguration {

    @Bean
    Navigation campaignsNavigation() {
        return new Navigation(200, "nav.campaigns", "/campaigns",
                Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet()));
    }
}
