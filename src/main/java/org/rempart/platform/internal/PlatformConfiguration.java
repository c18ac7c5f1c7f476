package org.rempart.platform.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.rempart.platform.BodySizeLimit;
import org.rempart.platform.DataDirectory;
import org.rempart.platform.ProblemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration implements WebMvcConfigurer {

    @Bean
    DataDirectory dataDirectory(@Value("${rempart.data-dir}") Path path) {
        return new DataDirectory(path).ensureExists();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @EventListener(ApplicationReadyEvent.class)
    void restrictDataFiles(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(DataDirectory.class).restrictFiles();
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
            @Value("${rempart.web.max-body-size:1MB}") DataSize max, List<BodySizeLimit> pathLimits,
            ProblemWriter problems) {
        var registration = new FilterRegistrationBean<>(new RequestSizeLimitFilter(max, pathLimits, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** English or French: from Accept-Language, switchable with {@code ?lang=fr}, remembered in a cookie. */
    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("rempart-lang");
        resolver.setDefaultLocaleFunction(request -> {
            Locale requested = request.getLocale();
            return requested != null && "fr".equals(requested.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
        });
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
