package vn.ansinh.shared.security;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.ansinh.shared.config.OidcConfig;

/**
 * Ends the application session and the Keycloak session (RP-initiated logout with the ID token as
 * hint), then Keycloak sends the browser back to the application's root. Only a POST with the
 * session's {@link LogoutToken} logs out: a link or an image on another page (a GET) cannot, and
 * a GET gets the confirmation page with the logout button instead.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private OpenIdContext openIdContext;

    @Inject
    private OidcConfig config;

    static final String CONFIRMATION_PAGE = "/logout.xhtml";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + CONFIRMATION_PAGE);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!LogoutToken.matches(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String idToken = null;
        if (request.getUserPrincipal() != null) {
            idToken = openIdContext.getIdentityToken().getToken();
        }
        // Invalidating the session drops the OpenID Connect state the mechanism keeps there.
        // (request.logout() would let the mechanism answer the response itself.)
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        StringBuilder target = new StringBuilder(config.getEndSessionUri())
                .append("?client_id=")
                .append(encode(config.getClientId()))
                .append("&post_logout_redirect_uri=")
                .append(encode(config.getAppUrl() + "/"));
        if (idToken != null) {
            target.append("&id_token_hint=").append(encode(idToken));
        }
        // 303: the browser follows with a GET (a 302 after a POST may be repeated as a POST)
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", target.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
