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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * the same page. Users already logged in are not affected: their requests do not go to Keycloak.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION - 10)
public abstract class LoginProviderUnavailable implements HttpAuthenticationMechanism {

    static final String PAGE = "/errors/login-unavailable.xhtml";
    private static final Logger LOG = Logger.getLogger(LoginProviderUnavailable.class.getName());
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

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

    /** Whether the realm answers within a few seconds (any HTTP answer below 500 counts). */
    private boolean providerAnswers() {
        try {
            HttpResponse<Void> answer = HTTP.send(
                    HttpRequest.newBuilder(URI.create(config.getProviderUri()))
                            .timeout(Duration.ofSeconds(3))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() < 500;
        } catch (IOException e) {
            LOG.warning(() -> "Keycloak does not answer at " + config.getProviderUri() + ": " + e);
            return false;
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
