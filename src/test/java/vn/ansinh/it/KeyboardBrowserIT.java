package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.devstack.DemoUser;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;

/**
 * The main flows with the keyboard only (issue 14): no click, no element found and typed into — only keys sent to
 * whatever has the focus, as an official without a mouse works. The officer logs in on Keycloak's page, skips the menu
 * with the first Tab, reaches the persons' search through the menu, finds a person by name and opens her; the
 * approver reaches his queue, opens a case, its decision page, writes the note, approves and answers the confirmation
 * the page asks, all with Tab, Enter and typing. A step that the keyboard cannot reach fails the test.
 */
class KeyboardBrowserIT {

    /** Tab presses allowed to reach a control: a page's header, menu and content (a long queue) hold fewer stops. */
    private static final int MAX_TABS = 300;

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    private final AnSinhPages pages = browser.pages();

    @Test
    void theOfficerLogsInSkipsTheMenuAndFindsAPersonWithTheKeyboardOnly() {
        String name;
        try (CaseworkFixture fx = browser.data()) {
            Person person =
                    fx.person(CaseworkFixture.TUAN_GIAO, "Quàng Thị Phím", PartialDate.of(1961, 4, 2), Sex.FEMALE);
            name = person.fullName();
        }

        loginWithTheKeyboard(DemoUser.OFFICER_TUAN_GIAO, "/");
        assertThat(pages.path()).isEqualTo("/officer/home.xhtml");

        // the first Tab reaches the skip link, shown while focused; Enter moves the focus into the page's content
        press(Keys.TAB);
        WebElement skip = focused();
        assertThat(skip.getAttribute("id")).isEqualTo("skip-to-content");
        assertThat(skip.isDisplayed()).isTrue();
        assertThat(skip.getText()).isEqualTo("Bỏ qua menu, đến nội dung chính");
        press(Keys.ENTER);
        pages.waitUntil(d -> "content".equals(focus().id()));

        // the menu entry of the persons, then the search field (focused by Tab), the name typed, Enter searches
        tabUntil(e -> "officer-persons".equals(e.nav()), "the persons' menu entry");
        press(Keys.ENTER);
        pages.waitUntil(d -> pages.path().equals("/registry/persons.xhtml"));
        tabUntil(e -> e.id().endsWith("query"), "the search field");
        focused().sendKeys(name);
        press(Keys.ENTER);
        await(d -> d.findElements(By.linkText(name)).size() == 1, "the person found by the search");

        tabUntil(e -> name.equals(e.text()) && e.href().contains("/registry/person"), "the person found");
        press(Keys.ENTER);
        pages.waitUntil(d -> pages.path().equals("/registry/person.xhtml"));
        assertThat(pages.text("page-title")).isNotBlank();
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains(name);
        assertThat(pages.browserErrors()).isEmpty();
    }

    @Test
    void theApproverApprovesACaseAndAnswersTheConfirmationWithTheKeyboardOnly() {
        String name;
        long caseId;
        try (CaseworkFixture fx = browser.data()) {
            Person person =
                    fx.person(CaseworkFixture.TUAN_GIAO, "Lường Văn Bàn", PartialDate.of(1958, 11, 20), Sex.MALE);
            name = person.fullName();
            BenefitCase submitted = fx.submitted(
                    person,
                    Category.DISABLED,
                    Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE"),
                    Instant.now().toString());
            caseId = submitted.id();
        }

        loginWithTheKeyboard(DemoUser.APPROVER_TUAN_GIAO, "/");
        tabUntil(e -> "approver-worklist".equals(e.nav()), "the queue's menu entry");
        press(Keys.ENTER);
        pages.waitUntil(d -> pages.path().equals("/casework/worklist.xhtml"));
        tabUntil(e -> name.equals(e.text()) && e.href().contains("id=" + caseId), "the case in the queue");
        press(Keys.ENTER);
        await(d -> pages.path().equals("/casework/case.xhtml"), "the case page");

        tabUntil(e -> e.id().equals("decide") || e.id().endsWith(":decide"), "the decision button");
        press(Keys.ENTER);
        pages.waitUntil(d -> pages.path().equals("/casework/decide.xhtml"));
        tabUntil(e -> "decide:note".equals(e.id()), "the approver's note");
        focused().sendKeys("Đồng ý, xét bằng bàn phím");
        tabUntil(e -> "decide:approve".equals(e.id()), "the approve button");
        press(Keys.ENTER);

        // the confirmation names the person; its answer is reached with Tab and given with Enter
        pages.waitFor(By.id("decide:confirmYes"));
        assertThat(pages.textOf(By.cssSelector("#decide\\:confirmDialog .ui-confirm-dialog-message")))
                .contains(name);
        tabUntil(e -> "decide:confirmYes".equals(e.id()), "the confirmation's yes");
        press(Keys.ENTER);
        pages.waitUntil(d -> !d.findElements(By.id("decisionPdf")).isEmpty());
        assertThat(browser.db().row("select status from benefit_case where id = ?", caseId))
                .containsEntry("status", "ACTIVE");
        assertThat(pages.browserErrors()).isEmpty();
    }

    /** Keycloak's page with the keys: the user name where the focus starts, Tab, the password, Enter. */
    private void loginWithTheKeyboard(DemoUser user, String path) {
        pages.open(path);
        pages.waitFor(By.id("kc-login"));
        pages.waitUntil(d -> "username".equals(focused().getAttribute("id")));
        focused().sendKeys(user.username());
        press(Keys.TAB);
        assertThat(focused().getAttribute("id")).isEqualTo("password");
        focused().sendKeys(DemoUser.PASSWORD);
        press(Keys.ENTER);
        pages.waitUntil(d -> d.getCurrentUrl().startsWith(browser.appUrl()));
    }

    /** Waits for the condition; failing, says what had the focus and keeps a screenshot. */
    private void await(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition, String what) {
        try {
            pages.waitUntil(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("keyboard-failed.png");
            throw new AssertionError(
                    what + " did not come; on " + browser.driver().getCurrentUrl() + " the focus is on " + focus(), e);
        }
    }

    /**
     * What has the focus, read in one script: its id (or its nearest parent's: a link button's link has none), menu
     * entry, text and link.
     */
    private record Focus(String id, String nav, String text, String href) {}

    private Focus focus() {
        @SuppressWarnings("unchecked")
        Map<String, Object> f = (Map<String, Object>) pages.script("var e = document.activeElement || document.body;"
                + " var owner = e.closest('[id]');"
                + "return {id: e.id || (owner ? owner.id : ''), nav: e.getAttribute('data-nav') || '',"
                + " text: (e.innerText || '').trim(), href: e.getAttribute('href') || ''};");
        return new Focus((String) f.get("id"), (String) f.get("nav"), (String) f.get("text"), (String) f.get("href"));
    }

    /** Presses Tab until the focused element is the one wanted; fails if the keyboard does not reach it. */
    private void tabUntil(Predicate<Focus> wanted, String what) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (wanted.test(focus())) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError(what + " is not reached with " + MAX_TABS + " presses of Tab on " + pages.path());
    }

    /** A key pressed on whatever has the focus. */
    private void press(CharSequence key) {
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .sendKeys(key)
                .perform();
    }

    private WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }
}
