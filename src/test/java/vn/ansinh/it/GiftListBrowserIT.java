package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.ansinh.devstack.DemoUser;
import vn.ansinh.it.pages.GiftListPage;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.Category;

/**
 * In the browser, a Tết gift list from definition to payment: the province's administrator defines and draws it,
 * the commune officer resolves the people without an ID number and reviews the commune's part, the commune's
 * approver approves it after a confirmation naming the amount (payments: {@code GiftDrawIT}).
 */
class GiftListBrowserIT {

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    private final AnSinhPages pages = browser.pages();
    private final GiftListPage listPage = new GiftListPage(pages);

    @Test
    void aListIsDefinedDrawnReviewedAndApprovedAfterAConfirmationNamingItsAmount() {
        String name;
        try (CaseworkFixture fx = browser.data()) {
            Person person = fx.person(CaseworkFixture.TUAN_GIAO, "Lò Văn Tết", PartialDate.of(1941, 3, 3), Sex.MALE);
            name = person.fullName();
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
        }
        String listName = "Quà Tết 2027 " + CaseworkFixture.uniqueWord();

        pages.openAs(DemoUser.ADMIN_DIEN_BIEN, "/admin/gifts.xhtml");
        pages.fill("define:name", listName);
        pages.fill("define:cutOff", "01/12/2026");
        pages.fill("define:budgetSource", "Ngân sách tỉnh");
        pages.driver().findElements(By.cssSelector("[id='define:programmes'] label")).stream()
                .filter(label -> label.getText().equals("Bảo trợ xã hội"))
                .findFirst()
                .orElseThrow()
                .click();
        pages.fill("define:amount", "400000");
        // the elderly get an amount of their own (opened from the fieldset's legend)
        pages.driver()
                .findElement(By.cssSelector("[id='define:byCategory'] legend"))
                .click();
        WebElement elderly =
                pages.waitUntil(d -> d.findElements(By.cssSelector("[id='define:categories_data'] tr")).stream()
                        .filter(r -> r.getText().contains("Người từ 80 tuổi trở lên không có lương hưu"))
                        .findFirst()
                        .map(r -> r.findElement(By.cssSelector("input[id$='categoryAmount']")))
                        .filter(WebElement::isDisplayed)
                        .orElse(null));
        elderly.sendKeys("500000");
        pages.driver().findElement(By.id("define:create")).click();
        pages.waitUntil(d -> !d.findElement(By.id("messages")).getText().isBlank());
        assertThat(pages.text("messages")).as("the list is defined").contains("Đã lập danh sách");
        WebElement row = listRow(listName);
        assertThat(row.getText()).contains("01/12/2026").contains("Mới lập");
        row.findElement(By.cssSelector("[id$=':draw']")).click();
        pages.waitUntil(d -> listRow(listName).getText().contains("Đã lấy danh sách"));
        String href =
                listRow(listName).findElement(By.cssSelector("a.gift-link")).getAttribute("href");
        String listId = href.replaceAll(".*[?&]id=(\\d+).*", "$1");
        pages.logout();
        browser.restart();

        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, GiftListPage.PATH + "?id=" + listId + "&commune=03253");
        assertThat(listPage.firstCommuneRow()).contains("Tuần Giáo").contains("Chờ rà soát");
        listPage.dropEveryoneToResolve(60);
        listPage.review();
        assertThat(listPage.statusOfFirstCommune()).isEqualTo("Đã rà soát");
        String bankFile = pages.driver()
                .findElement(By.cssSelector("[id='communesForm:communes_data'] tr a[id$='signatureList']"))
                .getAttribute("href")
                .replace(".xlsx", "-chuyen-khoan.csv");
        assertThat(pages.driver().findElements(By.cssSelector("a[id$='bankFile']")))
                .as("no bank file link before approval")
                .isEmpty();
        HttpResponse<String> pdf = get(bankFile.replace("-chuyen-khoan.csv", ".pdf"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
        HttpResponse<String> draft = get(bankFile);
        assertThat(draft.statusCode()).isEqualTo(409);
        assertThat(draft.body()).contains("chưa được phê duyệt");
        pages.logout();
        browser.restart();

        pages.openAs(DemoUser.APPROVER_TUAN_GIAO, GiftListPage.PATH + "?id=" + listId);
        String planned = pages.textOf(By.cssSelector("[id='communesForm:communes_data'] tr .planned"));
        String question = listPage.approve();
        String plannedAmount = planned.replaceAll(".*· ", "");
        assertThat(question).contains("Xã Tuần Giáo").contains(plannedAmount + " đồng");
        assertThat(plannedAmount).matches("[\\d.]+").isNotEqualTo("0");
        assertThat(listPage.statusOfFirstCommune()).isEqualTo("Đã phê duyệt");
        assertThat(pages.driver().findElements(By.cssSelector("a[id$='bankFile']")))
                .as("the bank file link once approved")
                .hasSize(1);
        long accounts = browser.db()
                .countOf(
                        "select count(*) from gift_entry e join gift_list l on l.id = e.list_id where l.name = ?"
                                + " and e.commune_code = '03253' and e.channel = 'BANK_TRANSFER'"
                                + " and e.resolution in ('CLEAR', 'KEPT')",
                        listName);
        HttpResponse<String> approved = get(bankFile);
        if (accounts > 0) {
            assertThat(approved.statusCode()).isEqualTo(200);
            assertThat(approved.body().split("\r\n")).hasSize((int) accounts + 1);
        } else {
            assertThat(approved.statusCode()).isEqualTo(409);
            assertThat(approved.body()).contains("Không còn người nhận qua tài khoản");
        }
        assertThat(browser.db()
                        .row(
                                "select g.status, g.reviewed_by, g.approved_by from gift_commune g"
                                        + " join gift_list l on l.id = g.list_id where l.name = ? and g.commune_code = '03253'",
                                listName))
                .containsEntry("status", "APPROVED")
                .containsEntry("reviewed_by", "officer.tuangiao")
                .containsEntry("approved_by", "approver.tuangiao");
        assertThat(browser.db()
                        .countOf(
                                "select count(*) from gift_entry e join gift_list l on l.id = e.list_id"
                                        + " where l.name = ? and e.full_name = ? and e.amount = 500000",
                                listName,
                                name))
                .isEqualTo(1);
        assertThat(browser.db()
                        .countOf(
                                "select count(*) from gift_list_category c join gift_list l on l.id = c.list_id"
                                        + " where l.name = ? and c.category = 'DISABLED' and c.amount = 400000",
                                listName))
                .as("a category left empty gets the amount per person")
                .isEqualTo(1);
    }

    @Test
    void aListDefinedWithOneCategoryTickedDrawsOnlyThatCategory() {
        try (CaseworkFixture fx = browser.data()) {
            Person person = fx.person(CaseworkFixture.TUAN_GIAO, "Lò Văn Thọ", PartialDate.of(1940, 4, 4), Sex.MALE);
            fx.withoutPension(person, "2025-07-01T01:00:00Z");
            new PayrollFixture(fx)
                    .active(
                            person,
                            Category.ELDERLY_80_NO_PENSION,
                            Map.of(),
                            "2025-07-15",
                            CaseworkFixture.OFFICER_TUAN_GIAO,
                            CaseworkFixture.CHAIRMAN_TUAN_GIAO);
        }
        String listName = "Quà người cao tuổi " + CaseworkFixture.uniqueWord();

        pages.openAs(DemoUser.ADMIN_DIEN_BIEN, "/admin/gifts.xhtml");
        pages.fill("define:name", listName);
        pages.fill("define:cutOff", "01/12/2026");
        pages.fill("define:budgetSource", "Ngân sách tỉnh");
        pages.driver().findElements(By.cssSelector("[id='define:programmes'] label")).stream()
                .filter(label -> label.getText().equals("Bảo trợ xã hội"))
                .findFirst()
                .orElseThrow()
                .click();
        pages.fill("define:amount", "300000");
        pages.driver()
                .findElement(By.cssSelector("[id='define:byCategory'] legend"))
                .click();
        WebElement only =
                pages.waitUntil(d -> d.findElements(By.cssSelector("[id='define:categories_data'] tr")).stream()
                        .filter(r -> r.getText().contains("Người từ 80 tuổi trở lên không có lương hưu"))
                        .findFirst()
                        .map(r -> r.findElement(By.cssSelector("[id$='onlyCategory'] .ui-chkbox-box")))
                        .filter(WebElement::isDisplayed)
                        .orElse(null));
        only.click();
        browser.screenshot("gift-admin-only-category.png");
        pages.driver().findElement(By.id("define:create")).click();
        pages.waitUntil(d -> !d.findElement(By.id("messages")).getText().isBlank());
        assertThat(pages.text("messages")).as("the list is defined").contains("Đã lập danh sách");
        listRow(listName).findElement(By.cssSelector("[id$=':draw']")).click();
        pages.waitUntil(d -> listRow(listName).getText().contains("Đã lấy danh sách"));

        assertThat(browser.db()
                        .rows(
                                "select c.category, c.amount from gift_list_category c join gift_list l"
                                        + " on l.id = c.list_id where l.name = ?",
                                listName))
                .as("only the category ticked, not the other categories of social assistance")
                .extracting(r -> r.get("category") + " " + ((Number) r.get("amount")).longValue())
                .containsExactly("ELDERLY_80_NO_PENSION 300000");
        assertThat(browser.db()
                        .rows(
                                "select distinct e.category from gift_entry e join gift_list l on l.id = e.list_id"
                                        + " where l.name = ?",
                                listName))
                .extracting(r -> r.get("category"))
                .containsOnly("ELDERLY_80_NO_PENSION");
    }

    /** A download with the browser's session cookies, by a plain HTTP client. */
    private HttpResponse<String> get(String url) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .header("Cookie", pages.cookieHeader())
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private WebElement listRow(String listName) {
        return pages.waitUntil(d -> d.findElements(By.cssSelector("[id='listsForm:lists_data'] tr")).stream()
                .filter(r -> r.getText().contains(listName))
                .findFirst()
                .orElse(null));
    }
}
