package dev.oner.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hardening headers on every response, set before the request is handled so that error pages and streamed answers,
 * whose headers are committed early, carry them too. X-Frame-Options repeats the policy's frame-ancestors for
 * browsers that predate it.
 */
final class SecurityHeadersFilter extends OncePerRequestFilter {

    // Where SpringDoc serves Swagger UI's page and files, whatever springdoc.swagger-ui.path redirects from.
    private static final String SWAGGER_UI = "/swagger-ui/";

    private final String contentSecurityPolicy;
    private final String swaggerUiContentSecurityPolicy;

    SecurityHeadersFilter(WebProperties properties) {
        this.contentSecurityPolicy = properties.contentSecurityPolicy();
        this.swaggerUiContentSecurityPolicy = properties.swaggerUiContentSecurityPolicy();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean swaggerUi = request.getRequestURI().startsWith(request.getContextPath() + SWAGGER_UI);
        response.setHeader(
                "Content-Security-Policy", swaggerUi ? swaggerUiContentSecurityPolicy : contentSecurityPolicy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        chain.doFilter(request, response);
    }
}
