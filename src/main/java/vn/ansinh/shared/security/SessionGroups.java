package vn.ansinh.shared.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * Gives the container the caller's groups again on every request of a logged-in user, read from the tokens of the
 * user's session the way the login read them (access token, then identity token, then the user-info claims).
 *
 * <p>Soteria's OpenID mechanism hands a logged-in user's later requests to the container with the caller principal
 * only, and Payara Micro 6 then copies the groups from the subject it keeps for the session. Under concurrent
 * requests that copy now and then fails, because Payara shares one security context between threads
 * (payara/Payara#6145, fixed in Payara 7 by FISH-7515): the request then runs with no role, and a logged-in officer
 * gets 403 on their own page or a save is refused "for want of a role". With the groups given on the request
 * itself, Payara builds the caller's roles from them when it cannot reuse the session's subject
 * ({@code ConcurrentRolesIT}).
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION - 20)
public abstract class SessionGroups implements HttpAuthenticationMechanism {

    @Inject
    @Delegate
    @Any
    private HttpAuthenticationMechanism delegate;

    @Inject
    private OpenIdContext openIdContext;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        boolean loggedInBefore = request.getUserPrincipal() != null;
        AuthenticationStatus status = delegate.validateRequest(request, response, context);
        if (loggedInBefore && status == AuthenticationStatus.SUCCESS) {
            List<String> groups = groups();
            if (!groups.isEmpty()) {
                try {
                    context.getHandler().handle(new Callback[] {
                        new GroupPrincipalCallback(context.getClientSubject(), groups.toArray(String[]::new))
                    });
                } catch (IOException | UnsupportedCallbackException e) {
                    throw new AuthenticationException("The caller's groups could not be given to the container", e);
                }
            }
        }
        return status;
    }

    private List<String> groups() {
        List<String> fromAccessToken =
                openIdContext.getAccessToken().getJwtClaims().getArrayStringClaim(SecurityConfig.GROUPS_CLAIM);
        if (!fromAccessToken.isEmpty()) {
            return fromAccessToken;
        }
        List<String> fromIdentityToken =
                openIdContext.getIdentityToken().getJwtClaims().getArrayStringClaim(SecurityConfig.GROUPS_CLAIM);
        if (!fromIdentityToken.isEmpty()) {
            return fromIdentityToken;
        }
        return openIdContext.getClaims().getArrayStringClaim(SecurityConfig.GROUPS_CLAIM);
    }
}
