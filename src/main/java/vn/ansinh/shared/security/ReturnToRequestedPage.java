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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;

/**
 * Remembers the page a user asked for before Keycloak's login, so that {@link CallbackServlet} can
 * send them there afterwards. (The mechanism's own redirectToOriginalResource is off: Soteria issue 333.)
 *
 * <p>An ajax request of a user without a session (the node that held the session died and the proxy sent the click to
 * another one, or the session expired) is not sent to Keycloak, which a script's request cannot follow: it is answered
 * with a redirect to the page it came from, marked {@code <extension ln="ansinh" type="session-lost"/>}, and that page is
 * remembered. The browser opens the page, Keycloak's single sign-on logs the user in again without a form, and the
 * page's script puts back what was typed ({@code resources/js/ansinh.js}; issue 16). A form posted without ajax (the
 * download buttons) by a user without a session goes through Keycloak's login as a page visit does, and the page it
 * was posted from is remembered, so the user comes back to it.
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
        if (context.isProtected() && request.getUserPrincipal() == null && isFullPagePost(request)) {
            // a download button (the only forms posted without ajax) clicked after the session was lost: back to the
            // page it was on after the login, not to the home page; the click is not replayed (a POST cannot be)
            referringPage(request).ifPresent(page -> request.getSession().setAttribute(SESSION_ATTRIBUTE, page));
        }
        if (context.isProtected() && request.getUserPrincipal() == null && isAjax(request)) {
            Optional<String> page = referringPage(request);
            if (page.isPresent()) {
                request.getSession().setAttribute(SESSION_ATTRIBUTE, page.get());
                answerSessionLost(response, page.get());
                return AuthenticationStatus.SEND_CONTINUE;
            }
        }
        return delegate.validateRequest(request, response, context);
    }

    /** The answer to an ajax request whose session is gone: open the page again (JSF's partial response). */
    static String sessionLostAnswer(String page) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                + "<extension ln=\"ansinh\" type=\"session-lost\"/><redirect url=\""
                + page.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                + "\"/></partial-response>";
    }

    private static void answerSessionLost(HttpServletResponse response, String page) {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        try {
            response.getWriter().write(sessionLostAnswer(page));
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not answer the ajax request of a lost session", e);
        }
    }

    private static boolean isFullPagePost(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && request.getHeader("Faces-Request") == null
                && request.getRequestURI().endsWith(".xhtml");
    }

    private static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    /** The page the ajax request was sent from, if it is a path of this application (never another site). */
    static Optional<String> referringPage(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            String query = uri.getRawQuery();
            String page = path == null ? null : path + (query == null ? "" : "?" + query);
            return CallbackServlet.isLocalPath(page, request.getContextPath()) ? Optional.of(page) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isPageVisit(HttpServletRequest request) {
        return "GET".equals(request.getMethod())
                && request.getHeader("Faces-Request") == null
                && !request.getRequestURI().equals(request.getContextPath() + "/callback")
                && !request.getRequestURI().equals(request.getContextPath() + "/logout");
    }
}
