package dev.oner.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    /**
     * A number or boolean where the API takes text is refused, not turned into text: {@code {"message": 42}} is a
     * client's mistake that should be told, not answered as the question "42". Jackson allows that coercion by
     * default.
     */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer textIsOnlyText() {
        return builder -> builder.postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(ApiProperties properties, ObjectMapper json) {
        var registration = new FilterRegistrationBean<>(new RequestSizeLimitFilter(properties.maxRequestBytes(), json));
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(ApiProperties properties, ObjectMapper json) {
        var registration = new FilterRegistrationBean<>(new RateLimitFilter(properties.rateLimit(), json));
        registration.addUrlPatterns("/api/chat", "/api/chat/stream", "/api/feedback");
        return registration;
    }
}
