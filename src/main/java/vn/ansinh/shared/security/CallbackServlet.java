package vn.ansinh.shared.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Where Keycloak returns after login. The mechanism has authenticated the user by now; send them
 * to the page they asked for (only a path of this application, never another site), or home.
 */
@WebServlet("/callback")
public class CallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Object requested = session == null ? null : session.getAttribute(ReturnToRequestedPage.SESSION_ATTRIBUTE);
        if (session != null) {
            session.removeAttribute(ReturnToRequestedPage.SESSION_ATTRIBUTE);
        }
        response.sendRedirect(
                isLocalPath(requested, request.getContextPath()) ? (String) requested : request.getContextPath() + "/");
    }

    static boolean isLocalPath(Object target, String contextPath) {
        return target instanceof String path
                && path.startsWith(contextPath + "/")
                && !path.startsWith("//")
                && !path.contains("\\")
                && !path.contains("://");
    }
}
