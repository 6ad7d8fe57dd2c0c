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
import vn.ansinh.shared.config.OidcConfig;

/**
 * Adds the PKCE challenge ({@code code_challenge}, {@code code_challenge_method=S256}) to the
 * mechanism's redirect to Keycloak's authorization endpoint. Jakarta Security 3 (Soteria in Payara 6)
 * has no PKCE; {@link PkceTokenController} sends the matching verifier with the token request.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION + 10)
public abstract class PkceAuthorizationRequest implements HttpAuthenticationMechanism {

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
        HttpServletResponse withChallenge = new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                if (location.startsWith(authorizationEndpoint + "?")) {
                    super.sendRedirect(Pkce.withChallenge(location, Pkce.begin(request.getSession())));
                } else {
                    super.sendRedirect(location);
                }
            }
        };
        return delegate.validateRequest(request, withChallenge, context);
    }
}
