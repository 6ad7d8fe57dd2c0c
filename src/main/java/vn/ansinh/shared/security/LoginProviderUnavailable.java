package vn.ansinh.shared.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.ansinh.shared.config.OidcConfig;

/**
 * When Keycloak does not answer, a new login gets the app's page saying so ({@value #PAGE}, status 503, in the
 * user's language) instead of the browser's own "cannot connect" page or a stack trace: before the mechanism sends
 * the browser to Keycloak's login page it asks Keycloak whether it is there (a short request to the realm), and a
 * failure of the mechanism's own calls to Keycloak (its configuration, the token request after the login) ends on
 * the same page. Users already logged in are not affected: their requests do not go to Keycloak. A Keycloak that is
 * only slow (it took the connection but did not answer within 3 s, as under the load benchmark's ramp of logins) is
 * there: the browser is sent on to it ({@link ProviderProbe}).
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION - 10)
public abstract class LoginProviderUnavailable implements HttpAuthenticationMechanism {

    static final String PAGE = "/errors/login-unavailable.xhtml";
    private static final Logger LOG = Logger.getLogger(LoginProviderUnavailable.class.getName());
    private static final ProviderProbe PROBE = new ProviderProbe(Duration.ofSeconds(2), Duration.ofSeconds(3));

    @Inject
    @Delegate
    @Any
    private HttpAuthenticationMechanism delegate;

    @Inject
    private OidcConfig config;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        String authorizationEndpoint = config.getProviderUri() + "/protocol/openid-connect/auth";
        boolean[] providerAway = {false};
        HttpServletResponse checked = new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                if (location.startsWith(authorizationEndpoint + "?") && !providerAnswers()) {
                    providerAway[0] = true;
                } else {
                    super.sendRedirect(location);
                }
            }
        };
        AuthenticationStatus status;
        try {
            status = delegate.validateRequest(request, checked, context);
        } catch (RuntimeException e) {
            if (!unreachable(e)) {
                throw e;
            }
            LOG.log(Level.WARNING, "Keycloak could not be reached during a login", e);
            providerAway[0] = true;
            status = null;
        }
        if (providerAway[0]) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return context.forward(PAGE);
        }
        return status;
    }

    /**
     * Whether the realm is there: it answers, or it took the connection and is busy (then the browser waits for it on
     * its login page, as without this check). See {@link ProviderProbe}.
     */
    private boolean providerAnswers() {
        try {
            ProviderProbe.Finding found = PROBE.probe(URI.create(config.getProviderUri()));
            if (found != ProviderProbe.Finding.ANSWERS) {
                LOG.warning(() -> "Keycloak at " + config.getProviderUri() + ": "
                        + (found.sendOn() ? "busy (no answer within 3 s); the login goes on" : "away"));
            }
            return found.sendOn();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException
                    || t instanceof HttpTimeoutException
                    || t instanceof java.net.SocketTimeoutException
                    || t instanceof java.net.NoRouteToHostException
                    || t.getClass().getName().equals("jakarta.ws.rs.ProcessingException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
