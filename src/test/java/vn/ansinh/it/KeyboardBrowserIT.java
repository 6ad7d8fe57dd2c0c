package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.devstack.DemoUser;
import vn.ansinh.gift.application.DefineGiftListCommand;
import vn.ansinh.gift.application.DrawGiftListCommand;
import vn.ansinh.gift.application.ResolveGiftEntryCommand;
import vn.ansinh.gift.domain.GiftList;
import vn.ansinh.it.Keyboard.Focus;
import vn.ansinh.it.pages.GiftListPage;
import vn.ansinh.it.pages.UploadField;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;

/**
 * The main flows with the keyboard only (issue 14): no click, no element found and typed into — only keys sent to
 * whatever has the focus ({@link Keyboard}), as an official without a mouse works, and after every Tab the element that
 * took the focus must show it (an outline of 3:1 contrast at least). The officer logs in on Keycloak's page, skips the
 * menu with the first Tab, finds a person; she registers a person (a radio button, a select menu with its filter, a
 * duplicate warning's check box) and opens, fills (three select menus refilled by ajax, a day), documents and submits
 * her application; the approver approves a case; a province's approver approves a payroll; a commune's officer reviews
 * a gift list's part and its approver approves it. Each confirmation dialog takes the focus on its "yes", keeps Tab and
 * Shift+Tab inside, is closed by Escape with the focus back on the button that opened it and nothing written, and
 * answers Enter or Space. The one step that is not a key: the scanned file is given to the upload's input as the
 * operating system's file dialog would (that dialog lies outside the page); its button is reached with Tab first.
 */
class KeyboardBrowserIT {

    private static final AdminUnitCode SINH_PHINH = AdminUnitCode.of("03241");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    private final AnSinhPages pages = browser.pages();
    private final Keyboard keys = new Keyboard(browser);

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
        skipTheMenu();

        // the menu entry of the persons, then the search field (focused by Tab), the name typed, Enter searches
        keys.tabUntil(e -> "officer-persons".equals(e.nav()), "the persons' menu entry");
        keys.press(Keys.ENTER);
        pages.waitUntil(d -> pages.path().equals("/registry/persons.xhtml"));
        keys.tabUntil(e -> e.id().endsWith("query"), "the search field");
        keys.type(name);
        keys.press(Keys.ENTER);
        keys.await(d -> d.findElements(By.linkText(name)).size() == 1, "the person found by the search");

        keys.tabUntil(e -> name.equals(e.text()) && e.href().contains("/registry/person"), "the person found");
        keys.press(Keys.ENTER);
        pages.waitUntil(d -> pages.path().equals("/registry/person.xhtml"));
        assertThat(pages.text("page-title")).isNotBlank();
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains(name);
        assertThat(pages.browserErrors()).isEmpty();
    }

    @Test
    void theOfficerRegistersAPersonAndSubmitsHerApplicationWithTheKeyboardOnly() throws Exception {
        String name = "Quàng Thị Bàn " + CaseworkFixture.uniqueWord();
        String personalId = "011147%06d".formatted(System.nanoTime() / 1000 % 1_000_000);
        String receivedOn =
                LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).format(DAY);

        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, "/registry/person-form.xhtml");
        skipTheMenu();
        keys.tabTo("person:fullName");
        keys.type(name);
        assertThat(keys.tab().id()).isEqualTo("person:birthDate");
        keys.type("09/03/1947");
        // the radio buttons: Tab reaches the group, the arrow key moves to "female" and chooses it
        assertThat(keys.tab().id()).isEqualTo("person:sex:0");
        keys.press(Keys.ARROW_RIGHT);
        keys.await(
                d -> Boolean.TRUE.equals(pages.script("return document.getElementById('person:sex:1').checked")),
                "female chosen with the arrow key");
        assertThat(keys.shown().id()).isEqualTo("person:sex:1");
        // the ethnicity's select menu: Space opens it, the arrows move, Enter chooses
        keys.tabTo("person:ethnicity");
        keys.choose("Thái");
        keys.tabTo("person:personalId");
        keys.type(personalId);
        keys.tabTo("person:save");
        keys.press(Keys.ENTER);
        keys.await(
                d -> pages.path().equals("/registry/person.xhtml")
                        || !d.findElements(By.id("person:acknowledged")).isEmpty(),
                "the person's page or the duplicate warning");
        if (!pages.path().equals("/registry/person.xhtml")) {
            // someone alike was registered before (the shared test database): the check box, ticked with Space
            keys.tabTo("person:acknowledged");
            keys.press(Keys.SPACE);
            keys.await(
                    d -> Boolean.TRUE.equals(
                            pages.script("return document.getElementById('person:acknowledged_input').checked")),
                    "the duplicate warning acknowledged");
            keys.tabTo("person:save");
            keys.press(Keys.ENTER);
            keys.await(d -> pages.path().equals("/registry/person.xhtml"), "the person's page");
        }
        assertThat(browser.db().row("select full_name, sex, ethnicity from person where personal_id = ?", personalId))
                .containsEntry("full_name", name)
                .containsEntry("sex", "FEMALE")
                .containsEntry("ethnicity", "03");

        // her application: three menus, each refilling the next by ajax, and the day it was received
        keys.tabUntil(f -> f.id().startsWith("person:apply"), "the new application's button");
        keys.press(Keys.ENTER);
        keys.await(d -> pages.path().equals("/intake/application.xhtml"), "the application page");
        keys.tabTo("application:programme");
        keys.choose("Bảo trợ xã hội");
        keys.tabTo("application:category");
        keys.choose("Người khuyết tật nặng, đặc biệt nặng");
        keys.tabTo("application:fields:0:choice");
        keys.choose("Đặc biệt nặng");
        // a day that does not exist first: the refusal shows next to the field, and the focus goes to it (it used to
        // fall to the page's body with the button PrimeFaces disables during the request)
        keys.tabTo("application:receivedOn");
        keys.selectAll();
        keys.type("31/02/2026");
        keys.tabTo("application:save");
        keys.press(Keys.ENTER);
        keys.await(d -> keys.focus().is("application:receivedOn"), "the focus on the refused day");
        keys.shown();
        assertThat(pages.textOf(By.cssSelector("[id='application:receivedOn'] ~ .ui-message-error")))
                .contains("31/02/2026");
        keys.selectAll();
        keys.type(receivedOn);
        keys.tabTo("application:save");
        keys.press(Keys.ENTER);
        keys.await(d -> d.getCurrentUrl().contains("application.xhtml?id="), "the saved application");

        // the scanned document: the upload's button is reached with Tab; the file itself comes from the system dialog
        keys.tabUntil(f -> f.id().startsWith("upload:file"), "the upload's button");
        Path scan = Files.createTempFile("giay-xac-nhan", ".pdf");
        Files.writeString(scan, "%PDF-1.4\n% giấy xác nhận khuyết tật\n%%EOF\n");
        UploadField upload = new UploadField(pages);
        upload.choose(scan);
        keys.await(
                d -> !d.findElements(By.cssSelector("#documents a.document-link"))
                        .isEmpty(),
                "the document listed");
        upload.awaitSettled();

        keys.tabTo("ready:markReady");
        keys.press(Keys.ENTER);
        keys.await(d -> pages.path().equals("/casework/case.xhtml"), "the case page");
        keys.await(d -> "Đã chuyển xét duyệt".equals(pages.text("status")), "the case submitted");
        assertThat(browser.db()
                        .row(
                                "select a.programme, a.category, a.disability_level, a.status, a.received_on"
                                        + " from application a join person p on p.id = a.person_id where p.personal_id = ?",
                                personalId))
                .containsEntry("programme", "SOCIAL_ASSISTANCE")
                .containsEntry("category", "DISABLED")
                .containsEntry("disability_level", "PARTICULARLY_SEVERE")
                .containsEntry("status", "READY")
                .containsEntry("received_on", java.sql.Date.valueOf(LocalDate.parse(receivedOn, DAY)));
        assertThat(pages.browserErrors()).isEmpty();
    }

    @Test
    void theMonthPickerOpensAndChoosesWithTheKeyboardOnly() {
        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, "/payroll/runs.xhtml");
        skipTheMenu();
        keys.tabTo("create:month_input");
        String before = (String) pages.script("return document.getElementById('create:month_input').value");
        assertThat(before).matches("\\d{2}/\\d{4}");

        // its button, then Enter: the months take the focus (January first), the arrow moves, Enter chooses
        assertThat(keys.tab().id()).as("the picker's button").isEqualTo("create:month");
        keys.press(Keys.ENTER);
        keys.await(d -> keys.focus().is("create:month_panel"), "the focus on the months");
        keys.shown();
        keys.press(Keys.ARROW_RIGHT);
        assertThat(keys.shown().text()).as("the second month").isNotBlank();
        keys.press(Keys.ENTER);
        String february = "02/" + before.substring(3);
        keys.await(
                d -> february.equals(pages.script("return document.getElementById('create:month_input').value")),
                "February chosen");
        keys.await(d -> keys.focus().is("create:month_input"), "the focus back on the month's field");

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
        keys.tabUntil(e -> "approver-worklist".equals(e.nav()), "the queue's menu entry");
        keys.press(Keys.ENTER);
        pages.waitUntil(d -> pages.path().equals("/casework/worklist.xhtml"));
        keys.tabUntil(e -> name.equals(e.text()) && e.href().contains("id=" + caseId), "the case in the queue");
        keys.press(Keys.ENTER);
        keys.await(d -> pages.path().equals("/casework/case.xhtml"), "the case page");

        keys.tabUntil(e -> e.id().equals("decide") || e.id().endsWith(":decide"), "the decision button");
        keys.press(Keys.ENTER);
        pages.waitUntil(d -> pages.path().equals("/casework/decide.xhtml"));
        keys.tabTo("decide:note");
        keys.type("Đồng ý, xét bằng bàn phím");
        keys.tabTo("decide:approve");

        // the confirmation names the person; Escape closes it and nothing is signed
        String question = confirmationOpens("decide:approve", "decide:confirmDialog", "decide:confirmYes");
        assertThat(question).contains(name);
        escapeCloses("decide:confirmDialog", "decide:approve");
        assertThat(browser.db().countOf("select count(*) from decision where case_id = ?", caseId))
                .as("no decision signed after Escape")
                .isZero();

        // asked again, Space on "yes" signs
        confirmationOpens("decide:approve", "decide:confirmDialog", "decide:confirmYes");
        keys.press(Keys.SPACE);
        keys.await(d -> !d.findElements(By.id("decisionPdf")).isEmpty(), "the signed decision");
        assertThat(browser.db().row("select status from benefit_case where id = ?", caseId))
                .containsEntry("status", "ACTIVE");
        assertThat(browser.db().countOf("select count(*) from decision where case_id = ?", caseId))
                .isEqualTo(1);
        assertThat(pages.browserErrors()).isEmpty();
    }

    @Test
    void theProvincesApproverApprovesAPayrollThroughItsConfirmationWithTheKeyboardOnly() {
        long runId;
        try (CaseworkFixture fx = browser.data()) {
            PayrollFixture payroll = new PayrollFixture(fx);
            Person person = fx.person(SINH_PHINH, "Giàng A Phím", PartialDate.of(1970, 5, 5), Sex.MALE);
            payroll.active(
                    person,
                    Category.DISABLED,
                    Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE"),
                    "2026-09-03",
                    CaseworkFixture.officerOf(SINH_PHINH),
                    CaseworkFixture.chairmanOf(SINH_PHINH));
            PayrollRun run = payroll.compute(payroll.create(SINH_PHINH, YearMonth.of(2026, 10)), 50_000);
            runId = run.id();
        }

        pages.openAs(DemoUser.APPROVER_DIEN_BIEN, "/payroll/run.xhtml?id=" + runId);
        skipTheMenu();
        keys.tabTo("run:approve");
        String question = confirmationOpens("run:approve", "run:approveDialog", "run:approveYes");
        assertThat(question).contains("10/2026").contains("Xã Sính Phình");
        escapeCloses("run:approveDialog", "run:approve");
        assertThat(browser.db().row("select status from payroll_run where id = ?", runId))
                .as("Escape: still computed")
                .containsEntry("status", "COMPUTED");

        confirmationOpens("run:approve", "run:approveDialog", "run:approveYes");
        keys.press(Keys.ENTER);
        keys.await(d -> "Đã phê duyệt, khóa sổ".equals(pages.text("status")), "the payroll approved");
        assertThat(browser.db().row("select status, approved_by from payroll_run where id = ?", runId))
                .containsEntry("status", "APPROVED")
                .containsEntry("approved_by", DemoUser.APPROVER_DIEN_BIEN.username());
        assertThat(pages.browserErrors()).isEmpty();
    }

    @Test
    void aGiftListIsReviewedAndApprovedWithTheKeyboardOnly() {
        String listName = "Quà Tết bàn phím " + CaseworkFixture.uniqueWord();
        long listId;
        try (CaseworkFixture fx = browser.data()) {
            Person person =
                    fx.person(CaseworkFixture.TUAN_GIAO, "Lò Văn Quà Phím", PartialDate.of(1941, 3, 3), Sex.MALE);
            fx.withoutPension(person, "2025-07-01T01:00:00Z");
            new PayrollFixture(fx)
                    .active(
                            person,
                            Category.ELDERLY_80_NO_PENSION,
                            Map.of(),
                            "2025-07-15",
                            CaseworkFixture.OFFICER_TUAN_GIAO,
                            CaseworkFixture.CHAIRMAN_TUAN_GIAO);
            fx.jdbc()
                    .execute(
                            "update person set personal_id = ? where id = ?",
                            String.format("011%09d", System.nanoTime() / 1000 % 1_000_000_000L),
                            person.id());
            String after = "2026-11-21T02:00:00Z";
            // defined and drawn nationally: the draw's audit row names its fields as stored ("entries"), which the
            // audit trail of Điện Biên's auditor would show on a Vietnamese page (PagesBrowserIT)
            GiftList list = fx.run(
                    PayrollFixture.ADMIN,
                    after,
                    () -> new DefineGiftListCommand(
                            AdminUnitCode.NATIONAL,
                            listName,
                            LocalDate.of(2026, 11, 20),
                            "Ngân sách tỉnh",
                            Map.of(Category.ELDERLY_80_NO_PENSION, 400_000L),
                            fx.units()));
            listId = list.id();
            fx.run(PayrollFixture.ADMIN, after, () -> new DrawGiftListCommand(list.id(), list.unitCode(), fx.units()));
            // the people without any ID number (other tests' too) are resolved before the review, by the commune
            List<Long> toResolve = fx
                    .jdbc()
                    .rows(
                            "select id from gift_entry where list_id = ? and commune_code = ? and resolution = 'TO_RESOLVE'",
                            listId,
                            CaseworkFixture.TUAN_GIAO.value())
                    .stream()
                    .map(r -> ((Number) r.get("id")).longValue())
                    .toList();
            for (Long entry : toResolve) {
                fx.run(
                        CaseworkFixture.OFFICER_TUAN_GIAO,
                        after,
                        () -> new ResolveGiftEntryCommand(entry, CaseworkFixture.TUAN_GIAO, false));
            }
        }
        GiftListPage listPage = new GiftListPage(pages);

        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, GiftListPage.PATH + "?id=" + listId + "&commune=03253");
        skipTheMenu();
        keys.tabTo("communesForm:communes:0:review");
        keys.press(Keys.ENTER);
        keys.await(d -> d.findElements(By.id("communesForm:communes:0:review")).isEmpty(), "the part reviewed");
        assertThat(listPage.statusOfFirstCommune()).isEqualTo("Đã rà soát");
        pages.logout();
        browser.restart();

        pages.openAs(DemoUser.APPROVER_TUAN_GIAO, GiftListPage.PATH + "?id=" + listId);
        skipTheMenu();
        keys.tabTo("communesForm:communes:0:approve");
        String question = confirmationOpens(
                "communesForm:communes:0:approve", "communesForm:confirmDialog", "communesForm:confirmYes");
        assertThat(question).contains("Xã Tuần Giáo");
        escapeCloses("communesForm:confirmDialog", "communesForm:communes:0:approve");
        assertThat(giftPart(listName)).as("Escape: still reviewed").containsEntry("status", "REVIEWED");

        confirmationOpens("communesForm:communes:0:approve", "communesForm:confirmDialog", "communesForm:confirmYes");
        keys.press(Keys.SPACE);
        keys.await(d -> d.findElements(By.id("communesForm:communes:0:approve")).isEmpty(), "the part approved");
        assertThat(listPage.statusOfFirstCommune()).isEqualTo("Đã phê duyệt");
        assertThat(giftPart(listName))
                .containsEntry("status", "APPROVED")
                .containsEntry("reviewed_by", "officer.tuangiao")
                .containsEntry("approved_by", "approver.tuangiao");
        assertThat(pages.browserErrors()).isEmpty();
    }

    private Map<String, Object> giftPart(String listName) {
        return browser.db()
                .row(
                        "select g.status, g.reviewed_by, g.approved_by from gift_commune g"
                                + " join gift_list l on l.id = g.list_id where l.name = ? and g.commune_code = '03253'",
                        listName);
    }

    /**
     * Enter on the focused button opens its confirmation: the dialog takes the focus on its "yes", and Tab and Shift+Tab
     * stay inside it (a modal dialog: the page behind is out of reach). Returns the question, with the focus on "yes".
     */
    private String confirmationOpens(String button, String dialog, String yes) {
        assertThat(keys.focus().id()).isEqualTo(button);
        keys.press(Keys.ENTER);
        keys.await(d -> keys.focus().is(yes), "the focus on the confirmation's " + yes);
        keys.shown();
        for (int i = 0; i < 4; i++) {
            assertThat(keys.tab().dialog())
                    .as("Tab %d inside the dialog", i + 1)
                    .isEqualTo(dialog);
        }
        for (int i = 0; i < 4; i++) {
            assertThat(keys.shiftTab().dialog())
                    .as("Shift+Tab %d inside the dialog", i + 1)
                    .isEqualTo(dialog);
        }
        keys.tabUntil(f -> f.is(yes), "the confirmation's yes");
        return pages.textOf(By.cssSelector("[id='" + dialog + "'] .ui-confirm-dialog-message"));
    }

    /** Escape closes the confirmation and the focus goes back to the button that opened it. */
    private void escapeCloses(String dialog, String button) {
        keys.press(Keys.ESCAPE);
        keys.await(d -> !d.findElement(By.id(dialog)).isDisplayed(), "the confirmation closed by Escape");
        keys.await(d -> keys.focus().is(button), "the focus back on " + button);
        keys.shown();
    }

    /** The first Tab reaches the skip link, shown while focused; Enter moves the focus into the page's content. */
    private void skipTheMenu() {
        Focus skip = keys.tab();
        assertThat(skip.id()).isEqualTo("skip-to-content");
        assertThat(browser.driver().findElement(By.id("skip-to-content")).isDisplayed())
                .isTrue();
        assertThat(skip.text()).isEqualTo("Bỏ qua menu, đến nội dung chính");
        keys.press(Keys.ENTER);
        keys.await(d -> "content".equals(keys.focus().id()), "the focus on the page's content");
    }

    /** Keycloak's page with the keys: the user name where the focus starts, Tab, the password, Enter. */
    private void loginWithTheKeyboard(DemoUser user, String path) {
        pages.open(path);
        pages.waitFor(By.id("kc-login"));
        pages.waitUntil(d -> "username".equals(focused().getAttribute("id")));
        keys.type(user.username());
        keys.press(Keys.TAB);
        assertThat(focused().getAttribute("id")).isEqualTo("password");
        keys.type(DemoUser.PASSWORD);
        keys.press(Keys.ENTER);
        pages.waitUntil(d -> d.getCurrentUrl().startsWith(browser.appUrl()));
    }

    private WebElement focused() {
        return keys.focused();
    }
}
