package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import vn.ansinh.devstack.DemoUser;

/**
 * Forms that read right (issue 14): on every form an official fills, each label sits with its own input (left of it
 * on its line, or above it) and nothing overlaps, at 1366×768, at 1024×768 and on a 768-wide tablet; the forms are
 * opened on a person who has everything (paid, decided, in a household), with the programme's own fields shown.
 * Screenshots of each form at each width in target/screenshots/forms-*.png. Every page of the page harness
 * ({@link PageProblems}) gets the same check at the browser's default width.
 */
class FormGeometryBrowserIT {

    private static final List<Dimension> WIDTHS =
            List.of(new Dimension(1366, 768), new Dimension(1024, 768), new Dimension(768, 1024));

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    private final AnSinhPages pages = browser.pages();

    @Test
    void everyOfficersFormKeepsEachLabelWithItsInputAtEveryWidth() {
        RichPersonFixture.Subject rich = browser.realData().tuanGiao().get(0);
        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, "/officer/home.xhtml");
        List<String> problems = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        // the person form (new and existing are one form), the application with its programme's fields (below), life
        // events, the household, the social-security account
        Map<String, String> forms = Map.of(
                "person-edit", rich.fill("/registry/person-form.xhtml?id={person}"),
                "life-events", rich.fill("/casework/life-events.xhtml?personId={person}"),
                "household", rich.fill("/registry/household.xhtml?id={household}"),
                "account", browser.realData().tuanGiao().get(1).fill("/account/person.xhtml?personId={person}"));
        forms.forEach((name, path) -> problems.addAll(checkAtEveryWidth(name, path, null)));
        // a new application with the programme's own fields shown (the disabled person's level of disability), for the
        // living person (the rich one has died: no new application)
        problems.addAll(checkAtEveryWidth(
                "application-new",
                browser.realData().tuanGiao().get(1).fill("/intake/application.xhtml?personId={person}"),
                () -> {
                    vn.ansinh.it.pages.ApplicationPage application = new vn.ansinh.it.pages.ApplicationPage(pages)
                            .programme("Bảo trợ xã hội")
                            .category("Người khuyết tật nặng, đặc biệt nặng");
                    pages.waitFor(By.cssSelector("[id$=':choice'], [id$=':text']"));
                    // issue 14, item 3: the required field is marked, and its refusal names it, beside it
                    assertThat(application.label(0).getText()).isEqualTo("Mức độ khuyết tật");
                    assertThat((String) pages.script(
                                    "return getComputedStyle(arguments[0], '::after').content", application.label(0)))
                            .contains("*");
                    refusals.add(application.saveRefusedAt(0));
                }));
        assertThat(refusals).containsExactly("Cần nhập «Mức độ khuyết tật».");

        assertThat(problems).isEmpty();
    }

    @Test
    void theAdministratorsFormsKeepEachLabelWithItsInput() {
        pages.openAs(DemoUser.ADMIN, "/admin/home.xhtml");
        List<String> problems = new ArrayList<>(checkAtEveryWidth("rates", "/admin/rates.xhtml", null));

        assertThat(problems).isEmpty();
    }

    /**
     * Opens the page at each width, checks its geometry and takes its screenshot; the problems, named. A page that needs
     * preparing (choices that show more fields) is opened and prepared once, then laid out again at each width.
     */
    private List<String> checkAtEveryWidth(String name, String path, Runnable prepare) {
        List<String> problems = new ArrayList<>();
        if (prepare != null) {
            browser.driver().manage().window().setSize(WIDTHS.get(0));
            pages.open(path);
            prepare.run();
        }
        for (Dimension size : WIDTHS) {
            browser.driver().manage().window().setSize(size);
            if (prepare == null) {
                pages.open(path);
            }
            pages.waitUntil(d -> "complete".equals(pages.script("return document.readyState")));
            assertThat(browser.driver().findElements(By.id("error-title")))
                    .as(path)
                    .isEmpty();
            assertThat(FormGeometry.labelledInputs(browser.driver()))
                    .as("labelled inputs on %s", path)
                    .isPositive();
            FormGeometry.problems(browser.driver())
                    .forEach(p -> problems.add(name + " at " + size.getWidth() + ": " + p));
            if (size.getWidth() != 1024) { // the widest and the tablet; 1024 is checked, not kept
                browser.screenshot("forms-" + name + "-" + size.getWidth() + ".png", size.getWidth());
            }
        }
        return problems;
    }
}
