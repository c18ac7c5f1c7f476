package org.rempart.identity.web;

import java.util.Set;
import org.rempart.identity.Role;
import org.rempart.platform.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    Navigation operatorsNavigation() {
        return new Navigation(900, "nav.operators", "/operators", Set.of(Role.ADMIN.name()));
    }
}
