package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import vn.ansinh.devstack.DemoUser;

/**
 * Every demo user logs in through Keycloak's real login page, lands on their role's home page with
 * their name, role and unit in the header, sees only their role's menu, and gets the 403 page on
 * another role's page (one test per user, one login each).
 */
class RoleHomeBrowserIT {

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    private final AnSinhPages pages = browser.pages();

    @ParameterizedTest
    @EnumSource(DemoUser.class)
    void eachRoleLandsOnItsOwnHomePageAndAnotherRolesPageAnswersForbidden(DemoUser user) {
        // through Keycloak's single sign-on when the user has logged in earlier in this run, else the login form: the
        // landing after the login is what is checked (the form itself: LogoutBrowserIT, HttpSecurityIT)
        pages.openAs(user, "/");

        assertThat(pages.path()).isEqualTo(homeOf(user));
        assertThat(pages.text("user-roles")).isEqualTo(roleLabel(user));
        assertThat(pages.text("user-unit")).contains(unitName(user));
        assertThat(pages.text("page-title")).isNotBlank();
        assertThat(browser.driver().findElements(By.cssSelector("[data-nav]")))
                .extracting(link -> link.getAttribute("data-nav"))
                .containsExactly(menuOf(user));

        String otherPage = user.role().equals("admin") ? "/officer/home.xhtml" : "/admin/settings.xhtml";
        pages.open(otherPage);

        assertThat(pages.text("error-title")).isEqualTo("Không có quyền truy cập");
        assertThat(browser.driver().getPageSource())
                .doesNotContain("at vn.ansinh")
                .doesNotContain("Caused by");
    }

    @Test
    void theAuditorsHomeLeadsToEachPageOfTheWorkspace() {
        String[][] links = {
            {"go-payments", "/audit/payments.xhtml"},
            {"go-anomalies", "/audit/anomalies.xhtml"},
            {"go-trail", "/audit/trail.xhtml"},
            {"go-access", "/audit/access.xhtml"},
            {"go-chain", "/audit/chain.xhtml"},
            {"go-payroll", "/payroll/runs.xhtml"}
        };
        pages.openAs(DemoUser.AUDITOR_DIEN_BIEN, "/");
        for (String[] link : links) {
            pages.open("/auditor/home.xhtml");
            assertThat(pages.textOf(By.cssSelector("#" + link[0] + " + .hint"))).isNotBlank();
            browser.driver().findElement(By.id(link[0])).click();
            pages.waitUntil(driver -> pages.path().equals(link[1]));
            assertThat(pages.text("page-title")).isNotBlank();
            assertThat(browser.driver().findElements(By.id("error-title"))).isEmpty();
        }
    }

    /**
     * Home pages that work (issue 14): the officer's and the approver's homes show their worklists with the counts the
     * worklist page has (and the first dossiers of each), deadlines in words (overdue in red, never "còn -34"), the
     * month's payrolls and the Project 06 shares of their commune. Opened on the test stack's data, which holds
     * drafts, a returned case and overdue submissions (RichPersonFixture and the tests before).
     */
    @Test
    void theOfficersAndApproversHomesShowTheirWorkWithTheWorklistsCounts() {
        browser.realData();
        pages.openAs(DemoUser.CHAIRMAN_QUY_HOP, "/officer/home.xhtml");
        long drafts = count("home-drafts-count");
        long queue = count("home-queue-count");
        assertThat(drafts + queue).as("dossiers on the chairman's home").isPositive();
        assertThat(rows("home-drafts-first")).isEqualTo(Math.min(5, drafts));
        assertThat(rows("home-queue-first")).isEqualTo(Math.min(5, queue));
        for (org.openqa.selenium.WebElement cell :
                browser.driver().findElements(By.cssSelector("#home-queue td.days-left"))) {
            assertThat(cell.getText()).matches("Còn \\d+ ngày làm việc|Hết hạn hôm nay|Quá hạn \\d+ ngày làm việc");
        }
        for (org.openqa.selenium.WebElement row :
                browser.driver().findElements(By.cssSelector("#home-queue tr.overdue"))) {
            assertThat(row.getText()).contains("Quá hạn");
            assertThat(row.findElement(By.cssSelector("td.days-left")).getCssValue("color"))
                    .isEqualTo("rgba(180, 35, 24, 1)");
        }
        assertThat(pages.text("home-payroll")).contains("Chi trả tháng");
        assertThat(pages.text("p06-beneficiaries")).matches("\\d{1,3}(\\.\\d{3})*");
        assertThat(pages.text("home-project06")).contains("Xã Quỳ Hợp").contains("chỉ tiêu");
        browser.screenshot("home-chairman.png");

        pages.open("/casework/worklist.xhtml");
        assertThat(rows("drafts")).isEqualTo(drafts);
        assertThat(rows("queue")).isEqualTo(queue);
    }

    /** The number a home card shows as its count ("500+" would be more than the worklist lists). */
    private long count(String id) {
        return Long.parseLong(pages.text(id).replace("+", ""));
    }

    /** Rows of a data table with data (its empty message is no row). */
    private long rows(String tableId) {
        return browser.driver().findElements(By.cssSelector("[id='" + tableId + "'] tbody tr")).stream()
                .filter(row -> !row.getAttribute("class").contains("ui-datatable-empty-message"))
                .count();
    }

    @Test
    void theOfficerSeesHerFullNameInVietnameseOrder() {
        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, "/");

        assertThat(pages.text("user-name")).isEqualTo("Lò Văn Thành");
        assertThat(pages.text("user-unit")).isEqualTo("Xã Tuần Giáo");
    }

    @Test
    void theLanguageSwitchShowsTheEnglishBundleAndBack() {
        pages.openAs(DemoUser.APPROVER_TUAN_GIAO, "/");
        assertThat(pages.text("user-roles")).isEqualTo("Người phê duyệt");

        browser.driver().findElement(By.id("lang-en")).click();
        assertThat(pages.text("user-roles")).isEqualTo("Approver");
        assertThat(pages.text("logout")).isEqualTo("Log out");

        browser.driver().findElement(By.id("lang-vi")).click();
        assertThat(pages.text("logout")).isEqualTo("Đăng xuất");
    }

    @Test
    void anUnknownPageShowsTheVietnameseNotFoundPage() {
        pages.openAs(DemoUser.OFFICER_QUY_HOP, "/");

        pages.open("/no-such-page.xhtml");

        assertThat(pages.text("error-title")).isEqualTo("Không tìm thấy trang");
    }

    private static final String[] OFFICER_MENU = {
        "officer-home",
        "officer-worklist",
        "officer-alerts",
        "officer-persons",
        "officer-households",
        "officer-lists",
        "officer-payroll",
        "officer-gifts",
        "officer-duplicates",
        "officer-population",
        "officer-account-import",
        "officer-portal-import",
        "officer-project06",
        "officer-movement",
        "officer-paid",
        "officer-poverty",
        "officer-insurance"
    };
    private static final String[] APPROVER_MENU = {
        "approver-home",
        "approver-worklist",
        "approver-alerts",
        "approver-lists",
        "approver-payroll",
        "approver-gifts",
        "approver-persons",
        "approver-households",
        "approver-population",
        "approver-project06",
        "approver-movement",
        "approver-paid",
        "approver-poverty",
        "approver-insurance"
    };

    private static String homeOf(DemoUser user) {
        return switch (user) {
            case OFFICER_TUAN_GIAO, OFFICER_QUY_HOP, CHAIRMAN_QUY_HOP -> "/officer/home.xhtml";
            case APPROVER_TUAN_GIAO, APPROVER_QUY_HOP, APPROVER_DIEN_BIEN, APPROVER_DISTRICT -> "/approver/home.xhtml";
            case AUDITOR_DIEN_BIEN -> "/auditor/home.xhtml";
            case ADMIN, ADMIN2, ADMIN_DIEN_BIEN -> "/admin/home.xhtml";
        };
    }

    private static String roleLabel(DemoUser user) {
        return switch (user) {
            case OFFICER_TUAN_GIAO, OFFICER_QUY_HOP -> "Cán bộ cấp xã";
            case CHAIRMAN_QUY_HOP -> "Cán bộ cấp xã, Người phê duyệt";
            case APPROVER_TUAN_GIAO, APPROVER_QUY_HOP, APPROVER_DIEN_BIEN, APPROVER_DISTRICT -> "Người phê duyệt";
            case AUDITOR_DIEN_BIEN -> "Kiểm tra viên";
            case ADMIN, ADMIN2, ADMIN_DIEN_BIEN -> "Quản trị hệ thống";
        };
    }

    private static String unitName(DemoUser user) {
        return switch (user) {
            case OFFICER_TUAN_GIAO, APPROVER_TUAN_GIAO -> "Xã Tuần Giáo";
            case OFFICER_QUY_HOP, APPROVER_QUY_HOP, CHAIRMAN_QUY_HOP -> "Xã Quỳ Hợp";
            case AUDITOR_DIEN_BIEN, APPROVER_DIEN_BIEN, ADMIN_DIEN_BIEN -> "Tỉnh Điện Biên";
            case APPROVER_DISTRICT -> "Huyện Tuần Giáo";
            case ADMIN, ADMIN2 -> "Việt Nam";
        };
    }

    private static String[] menuOf(DemoUser user) {
        return switch (user) {
            case OFFICER_TUAN_GIAO, OFFICER_QUY_HOP -> OFFICER_MENU;
            // each page once: the approver's entries for pages the officer's menu already has are left out
            case CHAIRMAN_QUY_HOP ->
                java.util.stream.Stream.concat(
                                java.util.Arrays.stream(OFFICER_MENU), java.util.stream.Stream.of("approver-home"))
                        .toArray(String[]::new);
            case APPROVER_TUAN_GIAO, APPROVER_QUY_HOP, APPROVER_DIEN_BIEN, APPROVER_DISTRICT -> APPROVER_MENU;
            case AUDITOR_DIEN_BIEN ->
                new String[] {
                    "auditor-home",
                    "auditor-worklist",
                    "auditor-alerts",
                    "auditor-payroll",
                    "auditor-gifts",
                    "auditor-persons",
                    "auditor-households",
                    "auditor-population",
                    "auditor-project06",
                    "auditor-movement",
                    "auditor-paid",
                    "auditor-poverty",
                    "auditor-insurance",
                    "audit-trail",
                    "auditor-payment-search",
                    "auditor-anomalies",
                    "audit-chain",
                    "audit-access"
                };
            case ADMIN, ADMIN2, ADMIN_DIEN_BIEN ->
                new String[] {
                    "admin-home",
                    "admin-alerts",
                    "admin-population",
                    "admin-payroll",
                    "admin-lists",
                    "admin-gifts",
                    "admin-gift-lists",
                    "admin-rates",
                    "admin-settings",
                    "admin-audit-trail",
                    "admin-payment-search",
                    "admin-anomalies",
                    "admin-audit-chain",
                    "admin-audit-access",
                    "admin-project06",
                    "admin-movement",
                    "admin-paid",
                    "admin-poverty",
                    "admin-insurance",
                    "admin-plans"
                };
        };
    }
}
