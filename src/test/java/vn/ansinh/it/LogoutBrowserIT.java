package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import vn.ansinh.devstack.DemoUser;

/**
 * Logging out ends both the application session and the Keycloak session. It takes a POST with the
 * session's anti-forgery token: a GET (a link or image on any page) only shows the confirmation page.
 */
class LogoutBrowserIT {

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    private final AnSinhPages pages = browser.pages();

    @Test
    void afterLogoutTheNextVisitAsksForTheKeycloakPasswordAgain() {
        pages.openAs(DemoUser.AUDITOR_DIEN_BIEN, "/");
        assertThat(pages.path()).isEqualTo("/auditor/home.xhtml");

        pages.logout();
        pages.open("/auditor/home.xhtml");

        assertThat(pages.isOnKeycloakLogin())
                .as("Keycloak must ask for credentials again: its SSO session has ended")
                .isTrue();
    }

    @Test
    void withoutLogoutTheKeycloakSessionLogsTheUserStraightBackIn() {
        pages.openAs(DemoUser.AUDITOR_DIEN_BIEN, "/");
        browser.driver().manage().deleteCookieNamed("ANSINH_SESSION");

        pages.open("/auditor/home.xhtml");

        // the contrast to the test above: only the app session was dropped, Keycloak's SSO remains
        assertThat(pages.isOnKeycloakLogin()).isFalse();
        assertThat(pages.text("user-roles")).isEqualTo("Kiểm tra viên");
    }

    @Test
    void aGetOfTheLogoutAddressOnlyAsksForConfirmation() {
        pages.openAs(DemoUser.AUDITOR_DIEN_BIEN, "/");

        pages.open("/logout");

        assertThat(pages.path()).isEqualTo("/logout.xhtml");
        pages.open("/auditor/home.xhtml");
        assertThat(pages.isOnKeycloakLogin()).as("a GET must not log out").isFalse();
        assertThat(pages.text("user-roles")).isEqualTo("Kiểm tra viên");

        pages.open("/logout");
        pages.waitFor(By.id("confirm-logout")).click();
        pages.waitUntil(d -> pages.isOnKeycloakLogin());
        pages.open("/auditor/home.xhtml");
        assertThat(pages.isOnKeycloakLogin())
                .as("the confirmed logout ends the Keycloak session")
                .isTrue();
    }

    @Test
    void aLogoutPostWithoutTheSessionsTokenIsRefused() {
        pages.openAs(DemoUser.AUDITOR_DIEN_BIEN, "/");

        // what a page of another site could send: the right address, but no token (or a wrong one)
        pages.script("""
                const form = document.createElement('form');
                form.method = 'post';
                form.action = '/logout';
                const field = document.createElement('input');
                field.name = 'csrf';
                field.value = 'guessed';
                form.appendChild(field);
                document.body.appendChild(form);
                form.submit();""");

        assertThat(pages.text("error-title")).isEqualTo("Không có quyền truy cập");
        pages.open("/auditor/home.xhtml");
        assertThat(pages.isOnKeycloakLogin()).isFalse();
        assertThat(pages.text("user-roles")).isEqualTo("Kiểm tra viên");
    }
}
