package org.rempart.contacts.web;

import java.util.Set;
import org.rempart.identity.Role;
import org.rempart.platform.BodySizeLimit;
import org.rempart.platform.Navigation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** The menu entries of contacts and segments, and the upload size of imports (instead of the 1 MB default). */
@Configuration(proxyBeanMethods = false)
class ContactsConfiguration {

    private static final Set<String> EVERY_ROLE = Set.of(Role.ADMIN.name(), Role.MARKETER.name(),
            Role.ANALYST.name(), Role.SECURITY_OFFICER.name());

    @Bean
    Navigation contactsNavigation() {
        return new Navigation(100, "nav.contacts", "/contacts", EVERY_ROLE);
    }

    @Bean
    Navigation segmentsNavigation() {
        return new Navigation(110, "nav.segments", "/segments", EVERY_ROLE);
    }

    @Bean
    Navigation listsNavigation() {
        return new Navigation(115, "nav.lists", "/lists", EVERY_ROLE);
    }

    @Bean
    Navigation importsNavigation() {
        return new Navigation(120, "nav.imports", "/imports", Set.of(Role.ADMIN.name(), Role.MARKETER.name()));
    }

    @Bean
    BodySizeLimit importApiUploads(@Value("${rempart.imports.max-upload-size:2GB}") DataSize max) {
        return new BodySizeLimit("/api/imports", max);
    }

    @Bean
    BodySizeLimit importPageUploads(@Value("${rempart.imports.max-upload-size:2GB}") DataSize max) {
        return new BodySizeLimit("/imports", max);
    }
}
