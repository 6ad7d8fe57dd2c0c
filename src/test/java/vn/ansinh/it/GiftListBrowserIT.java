package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import vn.ansinh.casework.application.MovePersonCommand;
import vn.ansinh.casework.application.RecordDeathCommand;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.devstack.DemoUser;
import vn.ansinh.it.pages.GiftAdminPage;
import vn.ansinh.it.pages.GiftListPage;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Residence;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.text.VietnameseFormat;

/**
 * In the browser, a Tết gift list from definition to payment: the province's administrator defines and draws it,
 * the commune officer resolves the people without an ID number and reviews the commune's part, the commune's
 * approver approves it after a confirmation naming the amount, the bank file of the accounts is downloaded and read,
 * the officer pays one person in cash, and the list (with people dead and moved since the cut-off) is looked at in
 * both languages (the bank's result file: {@code GiftDrawIT}).
 */
class GiftListBrowserIT {

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    private final AnSinhPages pages = browser.pages();
    private final GiftListPage listPage = new GiftListPage(pages);
    private final GiftAdminPage admin = new GiftAdminPage(pages);

    private static final java.util.concurrent.atomic.AtomicInteger SERIAL =
            new java.util.concurrent.atomic.AtomicInteger();
    private static final String ELDERLY = "Người từ 80 tuổi trở lên không có lương hưu";
    private static final String SOCIAL_ASSISTANCE = "Bảo trợ xã hội";

    @Test
    void aListIsDefinedDrawnReviewedAndApprovedAfterAConfirmationNamingItsAmountAndPaysTheAccountsByBankFile()
            throws java.io.IOException {
        String name;
        String personalId;
        String paidInCash;
        try (CaseworkFixture fx = browser.data()) {
            Person person = elderly(fx, "Lò Văn Tết", 1941).person();
            name = person.fullName();
            personalId = personalIdOf(fx, person);
            new PaymentFixture(fx.jdbc()).account(person.id(), "VERIFIED", LocalDate.of(2025, 8, 1), null);
            paidInCash = elderly(fx, "Cà Thị Nhận", 1939).person().fullName();
            // after the cut-off (01/12/2026): still on the list, with what became of them
            Elderly dead = elderly(fx, "Quàng Văn Mất", 1936);
            fx.run(
                    CaseworkFixture.OFFICER_TUAN_GIAO,
                    "2026-12-03T02:00:00Z",
                    () -> new RecordDeathCommand(
                            dead.person().id(), CaseworkFixture.TUAN_GIAO, LocalDate.of(2026, 12, 2)));
            fx.signStop(dead.benefitCase(), CaseworkFixture.CHAIRMAN_TUAN_GIAO, "2026-12-03T03:00:00Z");
            Elderly moved = elderly(fx, "Lường Thị Chuyển", 1938);
            AdminUnit quyHop =
                    fx.units().currentCommune(CaseworkFixture.QUY_HOP).orElseThrow();
            Residence there = Residence.of(quyHop, fx.units().parentOf(quyHop).orElseThrow());
            fx.run(
                    CaseworkFixture.OFFICER_TUAN_GIAO,
                    "2026-12-03T02:00:00Z",
                    () -> new MovePersonCommand(
                            moved.person().id(),
                            CaseworkFixture.TUAN_GIAO,
                            there,
                            "Khối 5",
                            LocalDate.of(2026, 12, 2)));
            fx.signStop(moved.benefitCase(), CaseworkFixture.CHAIRMAN_TUAN_GIAO, "2026-12-03T03:00:00Z");
        }
        String listName = "Quà Tết 2027 " + CaseworkFixture.uniqueWord();

        pages.openAs(DemoUser.ADMIN_DIEN_BIEN, GiftAdminPage.PATH);
        admin.fill(listName, "01/12/2026", "Ngân sách tỉnh", "400000");
        admin.toggleProgramme(SOCIAL_ASSISTANCE);
        // the elderly get an amount of their own (opened from the fieldset's legend)
        admin.openCategories();
        admin.categoryAmount(ELDERLY, "500000");
        assertThat(admin.create()).as("the list is defined").contains("Đã lập danh sách");
        assertThat(admin.listRow(listName).getText()).contains("01/12/2026").contains("Mới lập");
        String listId = admin.draw(listName);
        pages.logout();
        browser.restart();

        String commune = GiftListPage.PATH + "?id=" + listId + "&commune=03253";
        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, commune);
        assertThat(listPage.firstCommuneRow()).contains("Tuần Giáo").contains("Chờ rà soát");
        listPage.dropEveryoneToResolve(60);
        listPage.review();
        assertThat(listPage.statusOfFirstCommune()).isEqualTo("Đã rà soát");
        String files = pages.driver()
                .findElement(By.cssSelector("[id='communesForm:communes_data'] tr a[id$='signatureList']"))
                .getAttribute("href")
                .replace(".xlsx", "");
        assertThat(listPage.bankFileLinks())
                .as("no bank file link before approval")
                .isEmpty();
        HttpResponse<String> pdf = get(files + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
        HttpResponse<String> draft = get(files + "-chuyen-khoan-vbsp.csv");
        assertThat(draft.statusCode()).isEqualTo(409);
        assertThat(draft.body()).contains("chưa được phê duyệt");
        pages.logout();
        browser.restart();

        pages.openAs(DemoUser.APPROVER_TUAN_GIAO, commune);
        String planned = pages.textOf(By.cssSelector("[id='communesForm:communes_data'] tr .planned"));
        String question = listPage.approve();
        String plannedAmount = planned.replaceAll(".*· ", "");
        assertThat(question).contains("Xã Tuần Giáo").contains(plannedAmount + " đồng");
        assertThat(plannedAmount).matches("[\\d.]+").isNotEqualTo("0");
        assertThat(listPage.statusOfFirstCommune()).isEqualTo("Đã phê duyệt");
        assertThat(listPage.bankFileLinks())
                .as("a bank file link per bank once approved, VBSP's among them")
                .anyMatch(href -> href.endsWith("/03253-chuyen-khoan-vbsp.csv"));
        List<Map<String, Object>> vbsp = browser.db()
                .rows(
                        "select e.id, e.account_no, e.amount from gift_entry e join gift_list l on l.id = e.list_id"
                                + " where l.name = ? and e.commune_code = '03253' and e.channel = 'BANK_TRANSFER'"
                                + " and e.bank_code = 'VBSP' and e.resolution in ('CLEAR', 'KEPT')"
                                + " order by e.full_name, e.id",
                        listName);
        HttpResponse<String> file = get(files + "-chuyen-khoan-vbsp.csv");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("chuyen-khoan-vbsp-03253-ds" + listId + ".csv");
        List<String> lines = List.of(file.body().split("\r\n"));
        assertThat(lines.get(0)).endsWith("STT;ma_dong;so_tai_khoan;ten_nguoi_huong;so_dinh_danh;so_tien;noi_dung");
        assertThat(lines.subList(1, lines.size()))
                .as("one line per account entry of the bank, with its reference, account and amount")
                .extracting(l -> l.split(";")[1] + ";" + l.split(";")[2] + ";" + l.split(";")[5])
                .containsExactlyElementsOf(vbsp.stream()
                        .map(r -> r.get("id") + ";" + r.get("account_no") + ";" + r.get("amount"))
                        .toList());
        assertThat(lines)
                .as("the person with a verified account, at the elderly's own amount")
                .anyMatch(l -> l.contains(";" + name + ";" + personalId + ";500000;HO TRO QUA TET 2027"));
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
                                "select count(*) from gift_list_category c join gift_list l on l.id = c.list_id"
                                        + " where l.name = ? and c.category = 'DISABLED' and c.amount = 400000",
                                listName))
                .as("a category left empty gets the amount per person")
                .isEqualTo(1);
        pages.logout();
        browser.restart();

        // the officer records the bank's answer to that file (every transfer paid), pays one person in cash, and the
        // list is looked at as it reads then, in both languages
        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, commune);
        Path result = Files.createTempFile("ket-qua-", ".csv");
        Files.writeString(
                result,
                lines.get(0) + ";ket_qua;ly_do\r\n"
                        + lines.subList(1, lines.size()).stream()
                                .map(l -> l + ";THANH_CONG;\r\n")
                                .collect(java.util.stream.Collectors.joining()),
                StandardCharsets.UTF_8);
        String report = listPage.uploadResult("VBSP · Ngân hàng Chính sách xã hội", result);
        assertThat(report)
                .contains((lines.size() - 1) + " chuyển khoản thành công")
                .contains("0 lỗi");
        long bankTotal = vbsp.stream()
                .mapToLong(r -> ((Number) r.get("amount")).longValue())
                .sum();
        assertThat(listPage.confirmResult())
                .contains((lines.size() - 1) + " người đã nhận")
                .contains(VietnameseFormat.money(bankTotal) + " đồng");
        assertThat(listPage.bankFileLinks()).as("nothing left to send to VBSP").noneMatch(h -> h.endsWith("-vbsp.csv"));
        listPage.recordPaid(paidInCash);
        assertThat(listPage.entryRow(paidInCash))
                .contains(VietnameseFormat.date(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))));
        assertThat(listPage.entryRow("Quàng Văn Mất")).contains("Đã mất ngày 02/12/2026");
        assertThat(listPage.entryRow("Lường Thị Chuyển"))
                .contains("Đã chuyển đến")
                .contains("Quỳ Hợp");
        assertThat(pages.textOf(By.cssSelector("[id='communesForm:communes_data'] tr .paid")))
                .as("the paid column counts the transfers and the cash payment")
                .isEqualTo(lines.size() + " · " + VietnameseFormat.money(bankTotal + 500_000));
        browser.screenshot("gift-list-vi.png");
        pages.open(commune + "&lang=en");
        assertThat(listPage.entryRow("Quàng Văn Mất")).contains("Died on 02/12/2026");
        browser.screenshot("gift-list-en.png");
    }

    @Test
    void aListDefinedWithOneCategoryTickedDrawsOnlyThatCategory() {
        try (CaseworkFixture fx = browser.data()) {
            elderly(fx, "Lò Văn Thọ", 1940);
        }
        String listName = "Quà người cao tuổi " + CaseworkFixture.uniqueWord();

        pages.openAs(DemoUser.ADMIN_DIEN_BIEN, GiftAdminPage.PATH);
        admin.fill(listName, "01/12/2026", "Ngân sách tỉnh", "300000");
        admin.openCategories();
        assertThat(admin.categories()).as("no programme ticked, no category").isEmpty();
        admin.toggleProgramme(SOCIAL_ASSISTANCE);
        assertThat(admin.categories())
                .as("the categories of social assistance only")
                .anyMatch(c -> c.startsWith(ELDERLY))
                .noneMatch(c -> c.equals("Thương binh"));
        admin.toggleProgramme("Người có công với cách mạng");
        assertThat(admin.categories()).contains("Thương binh").anyMatch(c -> c.startsWith(ELDERLY));
        admin.toggleProgramme("Người có công với cách mạng");
        assertThat(admin.categories()).doesNotContain("Thương binh").anyMatch(c -> c.startsWith(ELDERLY));
        admin.onlyCategory(ELDERLY);
        browser.screenshot("gift-admin-only-category.png");
        assertThat(admin.create()).as("the list is defined").contains("Đã lập danh sách");
        admin.draw(listName);

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

    /** A person of Tuần Giáo and their running allowance for the elderly. */
    private record Elderly(Person person, BenefitCase benefitCase) {}

    /** An elderly person of Tuần Giáo with a personal ID, without a pension, on the allowance since July 2025. */
    private static Elderly elderly(CaseworkFixture fx, String name, int born) {
        Person person = fx.person(CaseworkFixture.TUAN_GIAO, name, PartialDate.of(born, 3, 3), Sex.MALE);
        fx.withoutPension(person, "2025-07-01T01:00:00Z");
        BenefitCase c = new PayrollFixture(fx)
                .active(
                        person,
                        Category.ELDERLY_80_NO_PENSION,
                        Map.of(),
                        "2025-07-15",
                        CaseworkFixture.OFFICER_TUAN_GIAO,
                        CaseworkFixture.CHAIRMAN_TUAN_GIAO);
        withPersonalId(fx, person);
        return new Elderly(person, c);
    }

    private static String personalIdOf(CaseworkFixture fx, Person person) {
        return (String) fx.jdbc()
                .row("select personal_id from person where id = ?", person.id())
                .get("personal_id");
    }

    /** Gives the person a personal ID (the bank file's so_dinh_danh), so that the draw lists them clear. */
    private static void withPersonalId(CaseworkFixture fx, Person person) {
        String id = String.format("011%09d", (System.nanoTime() / 1000 + SERIAL.incrementAndGet()) % 1_000_000_000L);
        fx.jdbc().execute("update person set personal_id = ? where id = ?", id, person.id());
    }
}
