package dev.oner.web;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param contentSecurityPolicy sent on every response; the chat page needs only its own scripts, styles and API, so
 *     the default allows nothing else, and no inline code, which keeps injected markup inert
 */
@Validated
@ConfigurationProperties("oner.web")
record WebProperties(
        @NotBlank
        @DefaultValue("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                + " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
        String contentSecurityPolicy) {}
