package vn.ansinh.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import vn.ansinh.shared.config.OidcConfig;

/**
 * Security headers on every response, and exactly one Content-Security-Policy. Pages rendered by
 * PrimeFaces (primefaces.CSP) get a per-request script nonce: PrimeFaces adds its own header
 * {@code script-src 'self' 'nonce-…';}, which this filter merges into its policy instead of letting a
 * second header through. Other responses get {@code script-src 'self'} (no inline scripts).
 * The filter also runs on error dispatches, whose pages PrimeFaces renders too.
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String HEADER = "Content-Security-Policy";
    static final String DEFAULT_SCRIPTS = "script-src 'self'";

    @Inject
    private OidcConfig oidcConfig;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String base = basePolicy(origin(oidcConfig.getProviderUri()));
        response.setHeader(HEADER, base + DEFAULT_SCRIPTS);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, new OnePolicy(response, base));
    }

    /**
     * Everything but scripts. Forms may post to the app only; the logout form's answer redirects to
     * Keycloak's end-session endpoint, which Chrome checks against form-action too.
     */
    static String basePolicy(String keycloakOrigin) {
        return "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self' " + keycloakOrigin + "; "
                + "frame-ancestors 'none'; ";
    }

    static String origin(String uri) {
        URI parsed = URI.create(uri);
        return parsed.getScheme() + "://" + parsed.getRawAuthority();
    }

    /** Turns PrimeFaces' added script policy into the one policy header. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        private final String base;

        OnePolicy(HttpServletResponse response, String base) {
            super(response);
            this.base = base;
        }

        @Override
        public void addHeader(String name, String value) {
            if (HEADER.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (HEADER.equalsIgnoreCase(name) && value != null && value.trim().startsWith("script-src")) {
                super.setHeader(HEADER, base + value.trim());
            } else {
                super.setHeader(name, value);
            }
        }
    }
}
