package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ansinh.devstack.DemoUser;
import vn.ansinh.devstack.KeycloakAdmin;

/**
 * The production realm's second factor: with {@code ANSINH_SECOND_FACTOR=CONDITIONAL} (as
 * docker/compose.yaml sets it) an approver must enroll an authenticator app and then enter its
 * one-time code after the password at every login; a commune officer is not asked. The test switches
 * the test Keycloak's OTP sub-flows to that setting through the admin API and back afterwards.
 */
class SecondFactorBrowserIT {

    /** An approver no other browser test logs in as. */
    private static final DemoUser APPROVER = DemoUser.APPROVER_DISTRICT;

    private static KeycloakAdmin keycloak;

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    private final AnSinhPages pages = browser.pages();

    @BeforeAll
    static void productionSetting() {
        keycloak = new KeycloakAdmin(TestStack.app().layout());
        keycloak.secondFactor("CONDITIONAL");
    }

    @AfterAll
    static void demoSetting() {
        try {
            keycloak.secondFactor("DISABLED");
        } finally {
            keycloak.removeOtpCredentials(APPROVER.username());
        }
    }

    @Test
    void anApproverEnrollsAnAuthenticatorAndThenGivesItsCodeAtEveryLogin() {
        pages.open("/");
        submitPassword(APPROVER);

        // first login: Keycloak asks to set up an authenticator app; "Unable to scan?" shows the secret
        pages.waitFor(By.id("mode-manual")).click();
        Totp authenticator =
                Totp.ofBase32(pages.waitFor(By.id("kc-totp-secret-key")).getText());
        long enrolledAt = Totp.step(Instant.now());
        browser.driver().findElement(By.id("totp")).sendKeys(authenticator.code(enrolledAt));
        browser.driver().findElement(By.id("userLabel")).sendKeys("Điện thoại công vụ");
        browser.driver().findElement(By.id("saveTOTPBtn")).click();
        awaitApp();
        assertThat(pages.path()).isEqualTo("/approver/home.xhtml");

        pages.logout();
        submitPassword(APPROVER);

        // second login: the password alone is not enough
        WebElement codeField = pages.waitFor(By.id("otp"));
        codeField.sendKeys(wrongCode(authenticator, enrolledAt));
        browser.driver().findElement(By.id("kc-login")).click();
        pages.waitUntilGone(codeField);
        pages.waitFor(By.id("otp"));
        assertThat(browser.driver().getCurrentUrl()).doesNotStartWith(pages.appUrl());

        // a code of a later step than the one used to enroll (a used code is not accepted twice;
        // the realm's look-ahead window admits the next step)
        long step = Math.max(Totp.step(Instant.now()), enrolledAt + 1);
        browser.driver().findElement(By.id("otp")).sendKeys(authenticator.code(step));
        browser.driver().findElement(By.id("kc-login")).click();
        awaitApp();
        assertThat(pages.path()).isEqualTo("/approver/home.xhtml");
        assertThat(pages.text("user-roles")).isEqualTo("Người phê duyệt");
    }

    @Test
    void aCommuneOfficerIsNotAskedForACode() {
        pages.open("/");
        submitPassword(DemoUser.OFFICER_TUAN_GIAO);

        awaitApp();
        assertThat(pages.path()).isEqualTo("/officer/home.xhtml");
    }

    private void submitPassword(DemoUser user) {
        pages.waitFor(By.id("username")).sendKeys(user.username());
        browser.driver().findElement(By.id("password")).sendKeys(DemoUser.PASSWORD);
        browser.driver().findElement(By.id("kc-login")).click();
        pages.waitUntil(d -> d.findElements(By.id("password")).isEmpty());
    }

    /** Until the browser is back in the app (fails if Keycloak keeps it, e.g. asking for a code). */
    private void awaitApp() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20), AnSinhPages.POLL)
                .withMessage(() -> "still on " + browser.driver().getCurrentUrl())
                .until((WebDriver d) -> d.getCurrentUrl().startsWith(pages.appUrl()));
    }

    private static String wrongCode(Totp authenticator, long step) {
        String code = "000000";
        for (long s = step - 2; s <= step + 3; s++) {
            if (authenticator.code(s).equals(code)) {
                return "111111";
            }
        }
        return code;
    }
}
