package dev.oner.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The chat page itself is static files under {@code static/}; this adds what its responses need around them. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter(WebProperties properties) {
        var registration = new FilterRegistrationBean<>(new SecurityHeadersFilter(properties));
        // First, so that no other filter can answer without the headers.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
