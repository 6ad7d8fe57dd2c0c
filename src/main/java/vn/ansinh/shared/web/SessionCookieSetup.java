package vn.ansinh.shared.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie: HttpOnly always, and Secure whenever the application's public URL is https.
 * SameSite=Lax (not Strict, so the cookie comes back with the top-level redirect from Keycloak's
 * login page) is set in payara-web.xml, the only place Payara 6 reads it from.
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setName("ANSINH_SESSION");
        cookie.setHttpOnly(true);
        String appUrl = ConfigProvider.getConfig()
                .getOptionalValue("ansinh.app.url", String.class)
                .orElse("");
        cookie.setSecure(appUrl.startsWith("https://"));
    }
}
