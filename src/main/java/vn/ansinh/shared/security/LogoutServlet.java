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
 * hint), then Keycloak sends the browser back to the application's root.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private OpenIdContext openIdContext;

    @Inject
    private OidcConfig config;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
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
                .append("?client_id=").append(encode(config.getClientId()))
                .append("&post_logout_redirect_uri=").append(encode(config.getAppUrl() + "/"));
        if (idToken != null) {
            target.append("&id_token_hint=").append(encode(idToken));
        }
        response.sendRedirect(target.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
