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

/**
 * Remembers the page a user asked for before Keycloak's login, so that {@link CallbackServlet} can
 * send them there afterwards. (The mechanism's own redirectToOriginalResource is off: Soteria issue 333.)
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class ReturnToRequestedPage implements HttpAuthenticationMechanism {

    static final String SESSION_ATTRIBUTE = "ansinh.returnTo";

    @Inject
    @Delegate
    @Any
    private HttpAuthenticationMechanism delegate;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        if (context.isProtected() && request.getUserPrincipal() == null && isPageVisit(request)) {
            String query = request.getQueryString();
            String target = request.getRequestURI() + (query == null ? "" : "?" + query);
            request.getSession().setAttribute(SESSION_ATTRIBUTE, target);
        }
        return delegate.validateRequest(request, response, context);
    }

    private static boolean isPageVisit(HttpServletRequest request) {
        return "GET".equals(request.getMethod())
                && request.getHeader("Faces-Request") == null
                && !request.getRequestURI().equals(request.getContextPath() + "/callback")
                && !request.getRequestURI().equals(request.getContextPath() + "/logout");
    }
}
