package org.rempart.audit.web;

import java.util.Set;
import org.rempart.platform.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    Navigation auditLogNavigation() {
        return new Navigation(800, "nav.audit", "/audit", Set.of("ADMIN", "SECURITY_OFFICER"));
    }
}
