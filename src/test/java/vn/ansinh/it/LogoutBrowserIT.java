package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.ansinh.devstack.DemoUser;

/** Logging out ends both the application session and the Keycloak session. */
class LogoutBrowserIT {

    private ChromeDriver driver;
    private AnSinhPages pages;

    @BeforeEach
    void startBrowser() {
        String appUrl = TestStack.app().appUrl();
        driver = Browser.start();
        pages = new AnSinhPages(driver, appUrl);
    }

    @AfterEach
    void stopBrowser() {
        driver.quit();
    }

    @Test
    void afterLogoutTheNextVisitAsksForTheKeycloakPasswordAgain() {
        pages.openAs(DemoUser.AUDITOR_DIEN_BIEN, "/");
        assertThat(pages.path()).isEqualTo("/auditor/home.xhtml");

        pages.logout();
        pages.open("/auditor/home.xhtml");

        assertThat(pages.isOnKeycloakLogin())
                .as("Keycloak must ask for credentials again: its SSO session has ended").isTrue();
    }

    @Test
    void withoutLogoutTheKeycloakSessionLogsTheUserStraightBackIn() {
        pages.openAs(DemoUser.AUDITOR_DIEN_BIEN, "/");
        driver.manage().deleteCookieNamed("ANSINH_SESSION");

        pages.open("/auditor/home.xhtml");

        // the contrast to the test above: only the app session was dropped, Keycloak's SSO remains
        assertThat(pages.isOnKeycloakLogin()).isFalse();
        assertThat(pages.text("user-roles")).isEqualTo("Kiểm tra viên");
    }
}
