package dev.oner.web;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param contentSecurityPolicy sent on every response; the chat page needs only its own scripts, styles and API, so
 *     the default allows nothing else, and no inline code, which keeps injected markup inert
 * @param swaggerUiContentSecurityPolicy sent instead on Swagger UI's own page and files (under /swagger-ui/):
 *     Swagger UI inserts a style element of its own, so this one policy also allows inline styles; scripts stay
 *     the page's own files only
 */
@ConfigurationProperties("oner.web")
record WebProperties(
        @NotBlank
        @DefaultValue("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                + " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
        String contentSecurityPolicy,

        @NotBlank
        @DefaultValue("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
                + " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
        String swaggerUiContentSecurityPolicy) {}
